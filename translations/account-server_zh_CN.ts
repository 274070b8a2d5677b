<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeliveryMessage</name>
    <message>
        <location filename="../server/delivery/DeliveryMessage.cpp" line="+20"/>
        <source>Someone signed in to another account tried to add this address to it. It stays with your account, and nothing was changed. If it was you, this address already belongs to your own account.</source>
        <translation>有人在登录另一个账号后，试图将此地址绑定到该账号。此地址仍属于您的账号，没有任何更改。如果这是您本人的操作，说明此地址已绑定到您自己的账号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account was deleted, with everything it held. If this was not you, contact support and quote this message.</source>
        <translation>您的账号已注销，其中的所有数据均已删除。如果这不是您本人的操作，请联系客服并提供此消息。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two-step verification was switched on for your account: signing in now also needs a code from your authenticator app. If this was not you, recover your account at once and contact support.</source>
        <translation>您的账号已开启两步验证：现在登录时还需输入身份验证器应用中的验证码。如果这不是您本人的操作，请立即找回账号并联系客服。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two-step verification was switched off for your account: the password alone signs you in again. If this was not you, change your password at once with &quot;Forgot password?&quot; on the sign-in screen.</source>
        <translation>您的账号已关闭两步验证：现在仅凭密码即可登录。如果这不是您本人的操作，请立即通过登录界面的“忘记密码？”修改密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your account was just signed in to from a new device. If this was not you, change your password at once (&quot;Forgot password?&quot; on the sign-in screen) and unbind that device.</source>
        <translation>您的账号刚刚在一台新设备上登录。如果这不是您本人的操作，请立即修改密码（登录界面的“忘记密码？”），并解绑该设备。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A device was unbound from your account. If this was not you, change your password at once with &quot;Forgot password?&quot; on the sign-in screen.</source>
        <translation>有一台设备已与您的账号解绑。如果这不是您本人的操作，请立即通过登录界面的“忘记密码？”修改密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account was signed out on all devices but one. If this was not you, change your password at once with &quot;Forgot password?&quot; on the sign-in screen.</source>
        <translation>您的账号已在除一台设备外的所有设备上退出登录。如果这不是您本人的操作，请立即通过登录界面的“忘记密码？”修改密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The email address of your account was changed, and this address no longer belongs to it. If this was not you, change your password at once with &quot;Forgot password?&quot; on the sign-in screen.</source>
        <translation>您账号的邮箱地址已更改，此邮箱不再绑定该账号。如果这不是您本人的操作，请立即通过登录界面的“忘记密码？”修改密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The phone number of your account was changed, and this number no longer belongs to it. If this was not you, change your password at once with &quot;Forgot password?&quot; on the sign-in screen.</source>
        <translation>您账号的手机号已更改，此号码不再绑定该账号。如果这不是您本人的操作，请立即通过登录界面的“忘记密码？”修改密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password of your account was changed. If this was not you, change your password at once with &quot;Forgot password?&quot; on the sign-in screen.</source>
        <translation>您账号的密码已更改。如果这不是您本人的操作，请立即通过登录界面的“忘记密码？”修改密码。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Account Manager: someone tried to use your address</source>
        <translation>账号管理器：有人试图绑定您的邮箱地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account Manager: sign-in from a new device</source>
        <translation>账号管理器：新设备登录提醒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account Manager: your account was changed</source>
        <translation>账号管理器：您的账号信息已变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account Manager: verification code</source>
        <translation>账号管理器：验证码</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Your Account Manager verification code is %1. It is valid for %n minute(s).</source>
        <extracomment>%1 is the six-digit code</extracomment>
        <translation>
            <numerusform>您的账号管理器验证码为 %1，%n 分钟内有效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>You can also confirm your email address with this link (valid for %n minute(s)):</source>
        <extracomment>Followed by the link on a line of its own</extracomment>
        <translation>
            <numerusform>您也可以通过以下链接验证邮箱地址（%n 分钟内有效）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If you did not ask for this code, ignore this message. Never tell the code to anyone.</source>
        <translation>如果您没有申请此验证码，请忽略本邮件。请勿将验证码告诉任何人。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Account Manager: %1</source>
        <extracomment>An SMS notice: the service&apos;s name, then the notice (%1). Chinese SMS put it in 【】.</extracomment>
        <translation>【账号管理器】%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is your Account Manager verification code. Do not share it with anyone.</source>
        <extracomment>An SMS: keep it short, with the code (%1) early, so that phones offer to fill it in (Chinese SMS open with the service&apos;s name in 【】, as every Chinese service&apos;s do)</extracomment>
        <translation>【账号管理器】您的验证码为 %1，请勿告诉他人。</translation>
    </message>
</context>
<context>
    <name>VerificationHandler</name>
    <message>
        <location filename="../server/account/VerificationHandler.cpp" line="+28"/>
        <source>Account Manager</source>
        <translation>账号管理器</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm</source>
        <extracomment>The button on the web page the emailed link opens</extracomment>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Email confirmed. Return to Account Manager to finish.</source>
        <translation>邮箱已验证。请返回账号管理器完成注册。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link is not valid any more. Return to Account Manager and ask for a new code.</source>
        <translation>此链接已失效。请返回账号管理器重新获取验证码。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Confirm that this email address is yours to finish signing up.</source>
        <translation>请确认此邮箱地址属于您本人，以完成注册。</translation>
    </message>
</context>
</TS>
