<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountApi</name>
    <message>
        <location filename="../core/api/AccountApi.cpp" line="+125"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>无法读取证书文件 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>文件 %1 中没有 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <location filename="../ui/AccountMenu.cpp" line="+23"/>
        <source>&amp;Accounts</source>
        <extracomment>The menu bar menu listing the accounts signed in on this computer</extracomment>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2</source>
        <extracomment>An account in the switcher: %1 is its ID, %2 its masked email or phone</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signed out</source>
        <extracomment>Heading over accounts that were signed out but kept in the list</extracomment>
        <translation>已退出登录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to %1…</source>
        <extracomment>An account signed out on this computer; choosing it opens the sign-in with its ID</extracomment>
        <translation>登录 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;Account…</source>
        <extracomment>Signs in to (or creates) one more account on this computer, keeping the others</extracomment>
        <translation>添加账号(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../ui/AccountPage.ui" line="+430"/>
        <source>Sign &amp;Out…</source>
        <extracomment>Opens the sign-out dialog, which asks for the password</extracomment>
        <translation>退出登录(&amp;O)…</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Change &amp;Password…</source>
        <extracomment>Opens the password change (the guide&apos;s «Изменить пароль»)</extracomment>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location line="-32"/>
        <location filename="../ui/AccountPage.cpp" line="+253"/>
        <source>Add Phone Number</source>
        <translation>添加手机号</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;Delete Account…</source>
        <extracomment>Opens the account deletion wizard (the guide&apos;s «Удалить аккаунт»)</extracomment>
        <translation>注销账号(&amp;D)…</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>You are signed in</source>
        <translation>您已登录</translation>
    </message>
    <message>
        <location filename="../ui/AccountPage.cpp" line="-192"/>
        <source>Your data was saved to %1.</source>
        <extracomment>After &quot;Download Your Data…&quot;: %1 is the file the copy was written to</extracomment>
        <translation>您的数据已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../ui/AccountPage.ui" line="+7"/>
        <source>Accounts</source>
        <extracomment>The header button that opens the account switcher</extracomment>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Account details</source>
        <translation>账号信息</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Account ID:</source>
        <translation>账号 ID：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Phone number:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Region:</source>
        <extracomment>The country or region the account belongs to</extracomment>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Created:</source>
        <translation>注册时间：</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Account security</source>
        <extracomment>The guide&apos;s «Безопасность аккаунта»: where the password is changed</extracomment>
        <translation>账号安全</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A code to your email or phone confirms a new password. Other devices are signed out.</source>
        <translation>设置新密码时，需通过发送到您邮箱或手机的验证码确认。其他设备将退出登录。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Download a copy of everything your account holds: its details, devices and activity. Once an hour.</source>
        <translation>下载账号中保存的全部数据副本：账号信息、设备和活动记录。每小时一次。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Do&amp;wnload Your Data…</source>
        <extracomment>Asks for the password, then saves a copy of the account&apos;s data as a file</extracomment>
        <translation>下载我的数据(&amp;W)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting the account erases it for good, once no other device is bound to it.</source>
        <translation>账号注销后将被永久删除。只有在没有其他设备绑定此账号时才能注销。</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Add a phone number to your account: if you ever forget the password, a code by SMS gets you back in.</source>
        <translation>为账号添加手机号：如果忘记密码，可通过短信验证码找回。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;Two-Step Verification…</source>
        <extracomment>Opens the two-step verification setup, or its turning off when it is on</extracomment>
        <translation>两步验证(&amp;T)…</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Account sections</source>
        <extracomment>Accessible name of the tabs (Account, Devices) on the account page</extracomment>
        <translation>账号栏目</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A&amp;ccount</source>
        <extracomment>Tab with the account&apos;s details and security settings</extracomment>
        <translation>账号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/AccountPage.cpp" line="+116"/>
        <source>De&amp;vices</source>
        <extracomment>Tab with the devices bound to the account (the guide&apos;s «Устройства»)</extracomment>
        <translation>设备(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activit&amp;y</source>
        <extracomment>Tab with what happened to the account: sign-ins, changes (Google&apos;s &quot;Recent security activity&quot;)</extracomment>
        <translation>活动记录(&amp;Y)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading…</source>
        <extracomment>Shown in place of the email, phone and region until the server has sent them</extracomment>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added</source>
        <extracomment>Shown instead of an email or phone number that is not bound to the account</extracomment>
        <translation>未添加</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Email</source>
        <translation>添加邮箱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Email</source>
        <translation>更换邮箱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-step verification</source>
        <extracomment>The two-step verification state while the profile is loading (or did not come)</extracomment>
        <translation>两步验证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-step verification: On</source>
        <translation>两步验证：已开启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in asks for a code from your authenticator app after the password.</source>
        <translation>登录时，输入密码后还需输入身份验证器应用中的验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-step verification: Off</source>
        <translation>两步验证：已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn it on so that a stolen password alone cannot get anyone into your account.</source>
        <translation>开启后，即使密码被盗，他人也无法仅凭密码登录您的账号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Phone Number</source>
        <translation>更换手机号</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+104"/>
        <source>Signing out…</source>
        <translation>正在退出登录…</translation>
    </message>
</context>
<context>
    <name>ActivityRow</name>
    <message>
        <location filename="../ui/activity/ActivityRow.cpp" line="+104"/>
        <source>%1, %2</source>
        <extracomment>When an event happened: %1 is the date (&quot;5 December 2026&quot;), %2 the time of day (&quot;14:35&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IP address %1</source>
        <extracomment>Where an event came from; %1 is an IP address with its last part hidden, &quot;203.0.113.x&quot;</extracomment>
        <translation>IP 地址 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Was this you?</source>
        <extracomment>A link beside a sign-in on another device; it opens the password change</extracomment>
        <translation>是您本人吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it was not you, change your password now.</source>
        <translation>如果不是您本人，请立即修改密码。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (this computer)</source>
        <extracomment>The device of an event, when it is the computer the app runs on; %1 is its name</extracomment>
        <translation>%1（此电脑）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signed in to your account</source>
        <translation>已登录您的账号</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed attempt(s) to sign in with a wrong password</source>
        <extracomment>Failed sign-ins within one hour are one event; %n is how many there were</extracomment>
        <translation>
            <numerusform>%n 次因密码错误登录失败</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new device was confirmed with a verification code</source>
        <translation>新设备已通过验证码确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password was changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new password was set through password reset</source>
        <translation>已通过找回密码设置新密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The email address was changed</source>
        <translation>邮箱地址已更换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number was changed</source>
        <translation>手机号已更换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A device was unbound from your account</source>
        <translation>已从您的账号解绑一台设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All other devices were signed out</source>
        <translation>所有其他设备已退出登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-step verification was turned on</source>
        <translation>两步验证已开启</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-step verification was turned off</source>
        <translation>两步验证已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something changed in your account</source>
        <extracomment>An event of a kind this version of the app does not know (a newer server)</extracomment>
        <translation>您的账号有变动</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../ui/activity/ActivityTab.ui" line="+10"/>
        <source>What happened to your account in the last 180 days. If you see a sign-in or a change you did not make, change your password.</source>
        <translation>您的账号最近 180 天的活动记录。如果看到不是您本人的登录或更改，请修改密码。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Refresh</source>
        <extracomment>Loads the activity list again</extracomment>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Load &amp;More</source>
        <extracomment>Loads older events of the activity list</extracomment>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Account activity</source>
        <extracomment>Accessible name of the list of events on the Activity tab</extracomment>
        <translation>账号活动记录</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityTab.cpp" line="+56"/>
        <source>Nothing has happened to your account yet.</source>
        <translation>您的账号暂无活动记录。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading older events…</source>
        <translation>正在加载更早的记录…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading activity…</source>
        <translation>正在加载活动记录…</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../core/protocol/ApiError.cpp" line="+23"/>
        <source>Try again after %1.</source>
        <extracomment>%1 is a time of day, e.g. 14:35</extracomment>
        <translation>请在 %1 后重试。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>还剩 %n 次机会。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCodesPage</name>
    <message>
        <location filename="../ui/twostep/BackupCodesPage.ui" line="+7"/>
        <source>Save your backup codes</source>
        <translation>保存备用验证码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are shown only now.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>它们仅在此时显示。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;If your phone is lost or the app is gone, a backup code signs you in instead of the app&apos;s code. Each code works once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keep them somewhere safe where nobody else can see them&lt;/b&gt;: printed and put away, or in a password manager. Anyone with a code and your password can sign in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;如果手机丢失或应用已删除，可以用备用验证码代替应用中的验证码登录。每个验证码只能使用一次。&lt;/p&gt;&lt;p&gt;&lt;b&gt;请将它们保存在他人看不到的安全位置&lt;/b&gt;：打印后妥善收好，或保存在密码管理器中。任何拥有验证码和您密码的人都可以登录。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save to &amp;File…</source>
        <translation>保存到文件(&amp;F)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>I have &amp;saved my backup codes</source>
        <extracomment>Kept short: a checkbox&apos;s text does not wrap</extracomment>
        <translation>我已保存备用验证码(&amp;S)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Backup codes</source>
        <translation>备用验证码</translation>
    </message>
    <message>
        <location filename="../ui/twostep/BackupCodesPage.cpp" line="+108"/>
        <source>Account Manager: backup codes for two-step verification</source>
        <extracomment>First line of the saved or printed backup codes</extracomment>
        <translation>账号管理器：两步验证的备用验证码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account ID: %1</source>
        <extracomment>%1 is the account ID</extracomment>
        <translation>账号 ID：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on: %1</source>
        <extracomment>%1 is today&apos;s date</extracomment>
        <translation>生成日期：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each code signs you in once when your authenticator app is not at hand. Keep them somewhere safe: anyone with a code and your password can sign in.</source>
        <translation>身份验证器应用不在手边时，每个验证码可用于登录一次。请妥善保管：任何拥有验证码和您密码的人都可以登录。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save Backup Codes</source>
        <translation>保存备用验证码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <extracomment>File type filter in the save dialog</extracomment>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The codes could not be saved to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法将验证码保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The codes have been saved to %1.</source>
        <translation>验证码已保存到 %1。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print Backup Codes</source>
        <translation>打印备用验证码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The codes have been sent to the printer.</source>
        <translation>验证码已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>BoundDevicesPage</name>
    <message>
        <location filename="../ui/devices/BoundDevicesPage.ui" line="+7"/>
        <source>Unbind your devices</source>
        <translation>解绑您的设备</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an account with no other device bound can be deleted.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>只有没有绑定其他设备的账号才能注销。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unbind each device below: phones, tablets, bands, scales. This computer is signed out at the end, with the deletion.</source>
        <translation>请逐一解绑下列设备：手机、平板、手环、体脂秤等。注销完成时，此电脑也将退出登录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No other device is bound to your account. You can go on.</source>
        <translation>您的账号没有绑定其他设备，可以继续。</translation>
    </message>
    <message>
        <location filename="../ui/devices/BoundDevicesPage.cpp" line="+52"/>
        <source>Loading devices…</source>
        <translation>正在加载设备…</translation>
    </message>
</context>
<context>
    <name>CaptchaAudioPlayer</name>
    <message>
        <location filename="../ui/widgets/CaptchaAudioPlayer.cpp" line="+27"/>
        <source>This computer has no sound output, so the audio cannot be played.</source>
        <translation>此电脑没有音频输出设备，无法播放语音。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audio could not be prepared for playing.</source>
        <translation>无法准备要播放的语音。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audio could not be played on this computer&apos;s sound output.</source>
        <translation>无法通过此电脑的音频输出设备播放语音。</translation>
    </message>
</context>
<context>
    <name>CaptchaPage</name>
    <message>
        <location filename="../ui/signin/CaptchaPage.ui" line="+7"/>
        <source>Confirm that you are a person</source>
        <translation>请确认您不是机器人</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There were several unsuccessful attempts to sign in to this account. Type the characters you see in the picture.</source>
        <translation>此账号多次登录失败。请输入图片中的字符。</translation>
    </message>
    <message>
        <location filename="../ui/signin/CaptchaPage.cpp" line="+21"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../ui/signin/CaptchaPage.ui" line="-11"/>
        <source>Type the characters from the picture.</source>
        <translation>请输入图片中的字符。</translation>
    </message>
</context>
<context>
    <name>CaptchaWidget</name>
    <message>
        <location filename="../ui/widgets/CaptchaWidget.ui" line="+57"/>
        <source>&amp;Another picture</source>
        <translation>换一张(&amp;A)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Listen</source>
        <extracomment>Plays the captcha&apos;s characters spoken aloud (for people who cannot see the picture)</extracomment>
        <translation>收听(&amp;L)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Listen to the audio captcha</source>
        <translation>收听语音验证码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plays the characters of the picture spoken one by one in English; letters are said by name. Type them into the field below.</source>
        <translation>用英语逐个朗读图片中的字符，字母按名称读出。请在下方输入框中输入这些字符。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Captcha: type the characters you see</source>
        <extracomment>The captcha picture as a screen reader names it</extracomment>
        <translation>图形验证码：请输入图片中的字符</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Characters from the picture</source>
        <translation>图片中的字符</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Characters from the picture</source>
        <translation>图片中的字符(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaptchaWidget.cpp" line="+71"/>
        <source>Loading the picture…</source>
        <translation>正在加载图片…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No picture</source>
        <translation>无图片</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This audio captcha cannot be played again. Get another picture, then listen to it.</source>
        <translation>此语音验证码无法再次播放。请换一张图片，然后再收听。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The picture has not loaded yet. Wait a moment or get another picture.</source>
        <translation>图片尚未加载。请稍候，或换一张图片。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the characters from the picture.</source>
        <translation>请输入图片中的字符。</translation>
    </message>
</context>
<context>
    <name>CodeEntryPage</name>
    <message>
        <location filename="../ui/widgets/CodeEntryPage.ui" line="+99"/>
        <source>&amp;Resend code</source>
        <translation>重新发送验证码(&amp;R)</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Enter the code</source>
        <translation>输入验证码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code confirms that the address or number is yours.</source>
        <translation>验证码用于确认该邮箱或手机号属于您。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Code</source>
        <translation>验证码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CodeEntryPage.cpp" line="+87"/>
        <source>We sent a code to %1. It may take a few minutes to arrive.</source>
        <extracomment>%1 is the masked email address, e.g. &quot;a***@example.com&quot;</extracomment>
        <translation>验证码已发送至 %1，可能需要几分钟才能收到。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We sent a code to %1. Enter it here, or open the link in that email: this page moves on by itself once you have.</source>
        <extracomment>%1 is the masked email address, e.g. &quot;a***@example.com&quot;</extracomment>
        <translation>验证码已发送至 %1。请在此输入验证码，或打开邮件中的链接：完成后此页面将自动继续。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We sent a code to %1 by SMS. It may take a minute to arrive.</source>
        <extracomment>%1 is the masked phone number, e.g. &quot;+7 *** ***-45-67&quot;</extracomment>
        <translation>验证码已通过短信发送至 %1，可能需要一分钟左右才能收到。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Resend code in %1</source>
        <extracomment>%1 is the time left in minutes and seconds, e.g. &quot;0:42&quot;</extracomment>
        <translation>%1 后可重新发送</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Request a new code.</source>
        <translation>请重新获取验证码。</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Checking the code…</source>
        <translation>正在校验验证码…</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Enter the code from the message.</source>
        <translation>请输入短信或邮件中的验证码。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The code has %n digits.</source>
        <translation>
            <numerusform>验证码为 %n 位数字。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+21"/>
        <source>Sign in to your account and look after it.</source>
        <translation>登录并管理您的账号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account server, default %1.</source>
        <translation>账号服务器，默认为 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>同时信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of the app: %1 or pseudo (default: the one chosen in the app, else the system&apos;s).</source>
        <extracomment>%1 lists the language codes: &quot;en, ru, zh_CN&quot;; &quot;pseudo&quot; is a code too, not translated</extracomment>
        <translation>应用语言：%1 或 pseudo（默认：应用中所选的语言，否则跟随系统）。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>--lang must be %1 or pseudo, not &quot;%2&quot;.</source>
        <extracomment>%1 lists the language codes: &quot;en, ru, zh_CN&quot;; %2 is what was given</extracomment>
        <translation>--lang 必须是 %1 或 pseudo，而不是“%2”。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Debug logging of every area, in the log file and on standard error. Passwords, codes and tokens are never logged.</source>
        <translation>为所有模块输出调试日志，写入日志文件和标准错误输出。密码、验证码和令牌永远不会被记录。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--server needs an https:// address, not &quot;%1&quot;.</source>
        <translation>--server 需要 https:// 地址，而不是“%1”。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+53"/>
        <source>The file given with --ca-file cannot be used: %1</source>
        <extracomment>%1 is the reason, which names the file</extracomment>
        <translation>无法使用 --ca-file 指定的文件：%1</translation>
    </message>
</context>
<context>
    <name>ContactChangeWizard</name>
    <message>
        <location filename="../ui/account/ContactChangeWizard.cpp" line="+41"/>
        <source>Add Email</source>
        <translation>添加邮箱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Email</source>
        <translation>更换邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Phone Number</source>
        <translation>添加手机号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Phone Number</source>
        <translation>更换手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an email address</source>
        <translation>添加邮箱地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the email address</source>
        <translation>更换邮箱地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a phone number</source>
        <translation>添加手机号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the phone number</source>
        <translation>更换手机号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <extracomment>The details page&apos;s button that sends a code to the new address or number (the guide&apos;s «Отправить»)</extracomment>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the new email address</source>
        <translation>确认新邮箱地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm the new phone number</source>
        <translation>确认新手机号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <extracomment>The code page&apos;s button (the guide&apos;s «Подтвердить»)</extracomment>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address saved</source>
        <translation>邮箱地址已保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number saved</source>
        <translation>手机号已保存</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your email address is now %1. You can sign in with it and receive codes there.</source>
        <translation>您的邮箱地址已更改为 %1。您可以用它登录并接收验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your phone number is now %1. You can sign in with it and receive codes there.</source>
        <translation>您的手机号已更改为 %1。您可以用它登录并接收验证码。</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPage</name>
    <message>
        <location filename="../ui/account/ContactDetailsPage.cpp" line="+76"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;email address</source>
        <translation>新邮箱地址(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We will send a code to the new address to confirm that it is yours.</source>
        <translation>我们将向新邮箱发送验证码，以确认它属于您。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New p&amp;hone number</source>
        <translation>新手机号(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We will send a code by SMS to the new number to confirm that it is yours.</source>
        <translation>我们将向新手机号发送短信验证码，以确认它属于您。</translation>
    </message>
    <message>
        <location filename="../ui/account/ContactDetailsPage.ui" line="+38"/>
        <source>Current &amp;password</source>
        <translation>当前密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>To protect your account, enter its password again.</source>
        <translation>为保护您的账号，请再次输入密码。</translation>
    </message>
    <message>
        <location filename="../ui/account/ContactDetailsPage.cpp" line="+72"/>
        <source>Enter the new email address.</source>
        <translation>请输入新邮箱地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid email address. Check it for typos.</source>
        <translation>邮箱地址无效，请检查是否有拼写错误。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Enter the new phone number.</source>
        <translation>请输入新手机号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a valid phone number for the country code %1. Check the number and the code.</source>
        <translation>该手机号与国家/地区代码 %1 不匹配。请检查号码和国家/地区代码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is already the address of your account.</source>
        <translation>这已经是您账号的邮箱地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is already the number of your account.</source>
        <translation>这已经是您账号的手机号。</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Sending the code…</source>
        <translation>正在发送验证码…</translation>
    </message>
</context>
<context>
    <name>DataExporter</name>
    <message>
        <location filename="../ui/activity/DataExporter.cpp" line="+21"/>
        <source>Save Your Data</source>
        <translation>保存您的数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <extracomment>The file type filter of the save dialog</extracomment>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A copy of your data can be downloaded once an hour. Please try again later.</source>
        <translation>数据副本每小时只能下载一次。请稍后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of your data can be downloaded once an hour. Try again after %1.</source>
        <extracomment>%1 is a time of day, e.g. 14:35</extracomment>
        <translation>数据副本每小时只能下载一次。请在 %1 之后重试。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Download Your Data</source>
        <translation>下载您的数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of everything your account holds: its details, devices, sessions and activity, as a JSON file. It has no password or other secret, but it is personal: keep it safe.

Enter your account password to confirm that you are the owner.</source>
        <translation>账号中保存的全部数据副本：账号信息、设备、登录状态和活动记录，保存为 JSON 文件。其中不含密码或其他机密信息，但属于个人数据，请妥善保管。

请输入账号密码，确认您是账号的所有者。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download</source>
        <extracomment>The button that downloads the data after the password is typed</extracomment>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing your data…</source>
        <translation>正在准备您的数据…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your data was not saved. Click &quot;Download Your Data…&quot; again to save it: the copy is kept until you sign out.</source>
        <translation>您的数据未保存。再次点击“下载我的数据…”即可保存：副本会保留到您退出登录为止。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your data could not be saved to %1: %2. Click &quot;Download Your Data…&quot; again to choose another place.</source>
        <extracomment>%1 is the file, %2 the system&apos;s reason (&quot;Permission denied&quot;)</extracomment>
        <translation>无法将数据保存到 %1：%2。请再次点击“下载我的数据…”选择其他位置。</translation>
    </message>
</context>
<context>
    <name>DeleteAccountWizard</name>
    <message>
        <location filename="../ui/account/DeleteAccountWizard.ui" line="+11"/>
        <source>Delete your account</source>
        <translation>注销账号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please read this before you go on.</source>
        <translation>继续之前请仔细阅读。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;p&gt;Deleting the account erases it on the server for good:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;its email address, phone number and password;&lt;/li&gt;&lt;li&gt;every device bound to it is signed out and unbound;&lt;/li&gt;&lt;li&gt;it can no longer be signed in to or recovered.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;First unbind your other devices (phones, bands, scales…). Then a code to your email or phone and your password confirm that it is you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;注销后，账号将从服务器上永久删除：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;其邮箱地址、手机号和密码；&lt;/li&gt;&lt;li&gt;绑定的所有设备都将退出登录并解绑；&lt;/li&gt;&lt;li&gt;账号将无法再登录或找回。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;请先解绑您的其他设备（手机、手环、体脂秤等）。然后通过发送到您邮箱或手机的验证码及密码确认是您本人操作。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../ui/account/DeleteAccountWizard.cpp" line="+46"/>
        <source>Delete Account</source>
        <translation>注销账号</translation>
    </message>
    <message>
        <location filename="../ui/account/DeleteAccountWizard.cpp" line="-3"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/account/DeleteAccountWizard.ui" line="+38"/>
        <source>Confirm that it is you</source>
        <translation>确认是您本人</translation>
    </message>
    <message>
        <location filename="../ui/account/DeleteAccountWizard.cpp" line="+2"/>
        <source>Confirm</source>
        <extracomment>The code page&apos;s button (the guide&apos;s «Подтвердить»)</extracomment>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../ui/account/DeleteAccountWizard.ui" line="+26"/>
        <source>Account deleted</source>
        <translation>账号已注销</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your account has two-step verification on.</source>
        <extracomment>Subtitle of the two-step code page when the account is being deleted</extracomment>
        <translation>您的账号已开启两步验证。</translation>
    </message>
    <message>
        <location filename="../ui/account/DeleteAccountWizard.cpp" line="+45"/>
        <source>Your account has been deleted and this computer signed out. A confirmation has been sent to you.</source>
        <translation>您的账号已注销，此电脑已退出登录。确认通知已发送给您。</translation>
    </message>
</context>
<context>
    <name>DeletionConfirmPage</name>
    <message>
        <location filename="../ui/account/DeletionConfirmPage.cpp" line="+39"/>
        <source>Delete your account for good</source>
        <translation>永久注销您的账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm with your account password.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>请输入账号密码以确认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Account</source>
        <extracomment>The commit button of the deletion wizard</extracomment>
        <translation>注销账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand that this cannot be undone</source>
        <extracomment>Kept short: a checkbox&apos;s text does not wrap</extracomment>
        <translation>我了解此操作无法撤销</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account %1, its email address, phone number and password are erased, and every device is signed out. A confirmation is sent to you.</source>
        <extracomment>%1 is the account ID</extracomment>
        <translation>账号 %1 及其邮箱地址、手机号和密码将被删除，所有设备都将退出登录。确认通知将发送给您。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Deleting the account…</source>
        <translation>正在注销账号…</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <location filename="../ui/devices/DeviceRow.cpp" line="+62"/>
        <source>%1 (this computer)</source>
        <translation>%1（此电脑）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bound since %1</source>
        <extracomment>Tooltip of a device row: when it was first bound to the account; %1 is a date</extracomment>
        <translation>绑定于 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign Out…</source>
        <extracomment>Signs this computer out of the account; the password is asked first</extracomment>
        <translation>退出登录…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unbind…</source>
        <translation>解绑…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active now</source>
        <extracomment>A device that has talked to the server within the last two minutes</extracomment>
        <translation>当前在线</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last seen %n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前在线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last seen %n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前在线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last seen %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前在线</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen on %1</source>
        <extracomment>%1 is a date, &quot;12 March 2026&quot;</extracomment>
        <translation>最后在线：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computer</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tablet</source>
        <translation>平板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fitness band</source>
        <extracomment>A fitness band, such as a Mi Band</extracomment>
        <translation>手环</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch</source>
        <translation>手表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale</source>
        <extracomment>Smart bathroom scales, such as Mi Body Composition Scale</extracomment>
        <translation>体脂秤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other device</source>
        <translation>其他设备</translation>
    </message>
</context>
<context>
    <name>DeviceUnbinder</name>
    <message>
        <location filename="../ui/devices/DeviceUnbinder.cpp" line="+25"/>
        <source>Unbind %1</source>
        <extracomment>Title of the dialog; %1 is a device&apos;s name, &quot;Mi Band 8&quot;</extracomment>
        <translation>解绑 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (%2) will be signed out of your account and unbound from it. To use it with your account again, sign in on it with your password.

Enter your account password to confirm that you are the owner.</source>
        <translation>“%1”（%2）将退出登录并与您的账号解绑。如需在该设备上再次使用此账号，请在该设备上输入密码重新登录。

请输入账号密码，确认您是账号所有者。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unbind</source>
        <extracomment>The button that unbinds the device after the password is typed</extracomment>
        <translation>解绑</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unbinding…</source>
        <translation>正在解绑…</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../ui/devices/DevicesPage.ui" line="+66"/>
        <source>&amp;Refresh</source>
        <extracomment>Loads the list of devices again</extracomment>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Devices signed in to your account. Unbind one you no longer use or have sold: it is signed out, and only your password lets it back in.</source>
        <translation>已登录您账号的设备。可解绑不再使用或已出售的设备：该设备将退出登录，只有输入您的密码才能重新登录。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No devices are bound to your account.</source>
        <translation>您的账号没有绑定任何设备。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sign &amp;Out on All Other Devices…</source>
        <extracomment>Ends the sessions of every other device (they stay bound); asks for the password first</extracomment>
        <translation>在所有其他设备上退出登录(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/devices/DevicesPage.cpp" line="+66"/>
        <source>You have been signed out on all other devices. They stay bound: your password signs them in again.</source>
        <translation>已在所有其他设备上退出登录。这些设备仍保持绑定，使用您的密码即可重新登录。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign Out on All Other Devices</source>
        <translation>在所有其他设备上退出登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every other phone, tablet, band, scale and computer signed in to your account will be signed out. They stay bound to it, and your password signs them in again. Do this if you think someone else is signed in.

Enter your account password to confirm that you are the owner.</source>
        <translation>所有登录了您账号的其他手机、平板、手环、体脂秤和电脑都将退出登录。这些设备仍与账号保持绑定，使用您的密码即可重新登录。如果您怀疑有他人登录了您的账号，请执行此操作。

请输入账号密码，以确认您是账号所有者。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign Out</source>
        <extracomment>The button that signs out the other devices after the password is typed</extracomment>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing out the other devices…</source>
        <translation>正在其他设备上退出登录…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading devices…</source>
        <translation>正在加载设备…</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../ui/DiagnosticsDialog.cpp" line="+67"/>
        <source>&amp;Run Again</source>
        <extracomment>Runs the diagnostics checks once more</extracomment>
        <translation>重新检测(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/DiagnosticsDialog.ui" line="+15"/>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If support asks for it, send them this report: it holds no password, code or token, and email addresses and phone numbers in it are masked.</source>
        <translation>如客服需要，请将此报告发送给他们：报告不含密码、验证码或令牌，其中的邮箱地址和手机号均已隐藏。</translation>
    </message>
    <message>
        <location filename="../ui/DiagnosticsDialog.cpp" line="+10"/>
        <source>Checking the connection to the server, the keychain and your accounts…</source>
        <translation>正在检测服务器连接、系统凭据存储和您的账号…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running the checks…</source>
        <translation>正在检测…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Everything works: the server answers, its certificate is trusted and the keychain can be used.</source>
        <translation>一切正常：服务器有响应，其证书受信任，系统凭据存储可用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem was found:</source>
        <extracomment>Above the first problem the checks found; the report below has the details for support</extracomment>
        <translation>发现问题：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report has been copied. Paste it into your message to support.</source>
        <translation>报告已复制。请将其粘贴到发给客服的消息中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <extracomment>File type filter in the save dialog</extracomment>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report could not be saved to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法将报告保存到 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report has been saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <location filename="../core/protocol/ErrorCode.cpp" line="+12"/>
        <source>The request could not be read.</source>
        <translation>无法读取请求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A required field is empty.</source>
        <translation>必填字段为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field has a value that is not allowed.</source>
        <translation>某个字段的值无效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>The request was too large.</source>
        <translation>请求过大。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>The server does not know this request.</source>
        <translation>服务器无法识别此请求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation>您尚未登录，或登录状态已失效。请重新登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>登录状态已过期。请重新登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong login or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please type the characters from the picture to continue.</source>
        <translation>请输入图片中的字符以继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The characters did not match the picture. Please try a new picture.</source>
        <translation>字符与图片不符。请换一张图片重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many failed attempts. Signing in to this account is blocked for a while.</source>
        <translation>失败次数过多，此账号暂时无法登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>登录状态已失效。请重新登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session was ended for your safety. Please sign in again.</source>
        <translation>为了您的账号安全，登录状态已失效。请重新登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>请求过于频繁。请稍后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong on the server. Please try again later.</source>
        <translation>服务器出现错误。请稍后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the server failed.</source>
        <translation>连接服务器失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. Check your internet connection and the server address.</source>
        <translation>无法连接到服务器。请检查网络连接和服务器地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server took too long to answer. Please try again.</source>
        <translation>服务器响应超时。请重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted, so the connection was not made. Your data was not sent.</source>
        <translation>服务器证书不受信任，因此未建立连接。您的数据未被发送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secure connection to the server could not be made.</source>
        <translation>无法与服务器建立安全连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent an answer this app does not understand.</source>
        <translation>服务器返回了本应用无法识别的响应。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain is available, so you cannot stay signed in safely. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>系统凭据存储不可用，因此无法安全地保持登录。在 Linux 上，请安装并解锁支持 Secret Service 的凭据存储（GNOME Keyring 或 KWallet）后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain refused to store or read your sign-in.</source>
        <translation>系统凭据存储拒绝保存或读取您的登录信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not signed in.</source>
        <translation>您尚未登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account with this email or phone number already exists. Sign in to it, or recover its password.</source>
        <translation>使用此邮箱或手机号的账号已存在。请直接登录，或找回其密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid email address.</source>
        <translation>邮箱地址无效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid phone number for the selected country.</source>
        <translation>该手机号与所选国家/地区不匹配。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This password does not meet the requirements.</source>
        <translation>此密码不符合要求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code is not correct.</source>
        <translation>验证码错误。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code has expired. Please request a new one.</source>
        <translation>验证码已过期。请重新获取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong codes. Please request a new code.</source>
        <translation>验证码错误次数过多。请重新获取验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please wait before requesting another code.</source>
        <translation>请稍候再重新获取验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many codes were sent to this address. Please try again later.</source>
        <translation>发送到此地址的验证码过多。请稍后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sign-up has expired. Please start again.</source>
        <translation>本次注册已过期。请重新开始。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter the code we sent you first.</source>
        <translation>请先输入我们发送给您的验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code could not be sent. Please check the address and try again later.</source>
        <translation>验证码发送失败。请检查地址，稍后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This confirmation has expired. Please ask for a new code.</source>
        <translation>确认已过期。请重新获取验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This password reset has expired. Please start again.</source>
        <translation>找回密码的请求已过期。请重新开始。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is not correct.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is no longer bound to your account.</source>
        <translation>此设备已不再绑定到您的账号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unbind your other devices first: phones, tablets, bands, scales and computers still use this account.</source>
        <translation>请先解绑您的其他设备：仍有手机、平板、手环、体脂秤或电脑在使用此账号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a new device for your account. Enter the code we sent you to confirm it is you.</source>
        <translation>您正在使用新设备登录账号。请输入我们发送给您的验证码，确认是您本人操作。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-step verification is on for this account. Enter the code from your authenticator app or a backup code.</source>
        <translation>此账号已开启两步验证。请输入身份验证器应用中的验证码或备用验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-step verification is already on for this account.</source>
        <translation>此账号已开启两步验证。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-step verification is not on for this account.</source>
        <translation>此账号未开启两步验证。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection through the proxy server failed: the proxy cannot be reached, refused the connection, or cannot reach the account server. Check the proxy in Settings → Network.</source>
        <translation>无法通过代理服务器连接：代理服务器无法访问、拒绝了连接，或无法连接到账号服务器。请在“设置 → 网络”中检查代理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy server did not accept the user name and password. Check them in Settings → Network.</source>
        <translation>代理服务器不接受该用户名和密码。请在“设置 → 网络”中检查。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This captcha has expired. Please get a new one.</source>
        <translation>图形验证码已过期，请重新获取。</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../ui/widgets/ErrorLabel.cpp" line="+92"/>
        <source>Reference: %1</source>
        <extracomment>Shown under an error message; %1 is the error code and request ID, e.g. &quot;E-LOGIN-FAILED · 3f2a9c&quot;</extracomment>
        <translation>参考码：%1</translation>
    </message>
</context>
<context>
    <name>FlowWizard</name>
    <message>
        <location filename="../ui/widgets/FlowWizard.cpp" line="+43"/>
        <source>Sending a new code…</source>
        <translation>正在发送新的验证码…</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Discard what you typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you close this window now, what you entered here is lost.</source>
        <translation>如果现在关闭此窗口，您在此输入的内容将会丢失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <extracomment>Closes the window and loses what was typed in it</extracomment>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep Editing</source>
        <extracomment>Goes back to the window, keeping what was typed</extracomment>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>LoginIdentifierEdit</name>
    <message>
        <location filename="../ui/widgets/LoginIdentifierEdit.cpp" line="+90"/>
        <source>E&amp;mail</source>
        <extracomment>Sign-in method; its accelerator must differ from those of the field labels under it</extracomment>
        <translation>邮箱(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ph&amp;one number</source>
        <extracomment>Sign-in method; its accelerator must differ from those of the field labels under it</extracomment>
        <translation>手机号(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account I&amp;D</source>
        <extracomment>Sign-in method; its accelerator must differ from those of the field labels under it</extracomment>
        <translation>账号 ID(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example, 1234567890</source>
        <extracomment>Placeholder of the account ID field; the ID is a number</extracomment>
        <translation>例如 1234567890</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Email address</source>
        <translation>邮箱地址(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hone number</source>
        <translation>手机号(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;ID</source>
        <translation>账号 ID(&amp;I)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Enter your email address.</source>
        <translation>请输入邮箱地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid email address. Check it for typos.</source>
        <translation>邮箱地址无效，请检查是否有拼写错误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your phone number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a valid phone number for the country code %1. Check the number and the code.</source>
        <extracomment>%1 is the calling code the user picked, e.g. &quot;+7&quot;</extracomment>
        <translation>该手机号与国家/地区代码 %1 不匹配。请检查号码和国家/地区代码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your account ID.</source>
        <translation>请输入账号 ID。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account ID consists of digits only.</source>
        <translation>账号 ID 只能由数字组成。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>An account ID has at most %n digit(s).</source>
        <extracomment>%n is the most digits an account ID can have (18)</extracomment>
        <translation>
            <numerusform>账号 ID 最多有 %n 位数字。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../ui/signin/LoginPage.ui" line="+113"/>
        <source>No account? &amp;Create one</source>
        <extracomment>On the sign-in page, for people who have no account yet</extracomment>
        <translation>没有账号？立即注册(&amp;C)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Forgot password?</source>
        <extracomment>Under the password on the sign-in page (the guide&apos;s «Забыли пароль?»)</extracomment>
        <translation>忘记密码？(&amp;F)</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Sign in to your account</source>
        <translation>登录您的账号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the email address, phone number or account ID of your account, and its password.</source>
        <translation>请使用账号的邮箱地址、手机号或账号 ID 及密码登录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in with:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/signin/LoginPage.cpp" line="+77"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>LoginWizard</name>
    <message>
        <location filename="../ui/signin/LoginWizard.ui" line="+7"/>
        <location filename="../ui/signin/LoginWizard.cpp" line="+72"/>
        <source>Sign In</source>
        <extracomment>The button that sends the login and password</extracomment>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm that it is you</source>
        <translation>确认是您本人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer is new to your account. To keep it safe, type the code we sent to you.</source>
        <extracomment>Shown above the code field when the account is signed in to from a computer it has not seen</extracomment>
        <translation>此电脑首次登录您的账号。为保障账号安全，请输入我们发送给您的验证码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+176"/>
        <source>Emails and SMS from the account keep their language: %1</source>
        <translation>账号的邮件和短信仍使用原来的语言：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account Manager</source>
        <translation>账号管理器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <extracomment>The menu with the app&apos;s settings: its language, the network (proxy)</extracomment>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Network…</source>
        <extracomment>Opens the proxy settings</extracomment>
        <translation>网络(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Default</source>
        <extracomment>The language menu&apos;s entry that follows the language of the system</extracomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Diagnostics…</source>
        <extracomment>Opens the connection and keychain checks, with a report for support</extracomment>
        <translation>诊断(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Account Manager</source>
        <translation>关于账号管理器(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+37"/>
        <location line="+189"/>
        <location line="+3"/>
        <source>Signing you in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>You are signed out on this computer. The server could not be told, so the session there ends by itself when it expires.</source>
        <translation>您已在此电脑上退出登录。由于无法通知服务器，服务器上的登录状态将在到期后自动失效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your account has been deleted.</source>
        <translation>您的账号已注销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have signed out. Your other accounts stay signed in: choose one in the Accounts menu.</source>
        <translation>您已退出登录。您的其他账号仍保持登录：请在“账号”菜单中选择。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>About Account Manager</source>
        <translation>关于账号管理器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Account Manager %1&lt;/h3&gt;&lt;p&gt;Sign in to your account and look after it from this computer.&lt;/p&gt;</source>
        <extracomment>%1 is the version number, e.g. 0.1.0</extracomment>
        <translation>&lt;h3&gt;账号管理器 %1&lt;/h3&gt;&lt;p&gt;在此电脑上登录并管理您的账号。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;依据 Apache 许可证 2.0 版授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <location filename="../ui/settings/NetworkSettingsDialog.ui" line="+7"/>
        <source>Network Settings</source>
        <translation>网络设置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How Account Manager reaches the account server. Where the service cannot be reached directly, a proxy or VPN gets you there.</source>
        <translation>账号管理器如何连接账号服务器。如果无法直接访问该服务，可以通过代理服务器或 VPN 连接。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>使用系统代理设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;No proxy: connect directly</source>
        <translation>不使用代理，直接连接(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manual proxy:</source>
        <translation>手动设置代理(&amp;M)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Type:</source>
        <extracomment>Label of the proxy kind: HTTP or SOCKS5</extracomment>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional</source>
        <extracomment>Placeholder: the proxy may need no login</extracomment>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The password is kept in the system&apos;s keychain, never in a settings file.</source>
        <translation>密码保存在系统凭据存储中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Proxy user name</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <location filename="../ui/settings/NetworkSettingsDialog.cpp" line="+89"/>
        <source>OK</source>
        <extracomment>The button that saves the network settings and closes the dialog</extracomment>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>请输入代理服务器的主机名或地址。</translation>
    </message>
</context>
<context>
    <name>NewPasswordPage</name>
    <message>
        <location filename="../ui/widgets/NewPasswordPage.ui" line="+7"/>
        <source>Create a password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will sign in with it on this computer and on your other devices.</source>
        <translation>您将在此电脑和其他设备上使用此密码登录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&amp;Repeat the password</source>
        <translation>确认密码(&amp;R)</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Password strength</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Strength:</source>
        <extracomment>Before the strength meter: &quot;Strength: Weak&quot;</extracomment>
        <translation>强度：</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NewPasswordPage.cpp" line="+122"/>
        <source>Met: %1</source>
        <translation>已满足：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met yet: %1</source>
        <translation>尚未满足：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>None yet</source>
        <extracomment>The strength label while no password is typed</extracomment>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Required: %1.</source>
        <extracomment>After &quot;This password does not meet the requirements.&quot;; %1 lists the rules it breaks</extracomment>
        <translation>要求：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Saving the password…</source>
        <translation>正在保存密码…</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password does not meet every rule in the list below yet.</source>
        <translation>密码尚未满足下方列出的全部要求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat the password.</source>
        <translation>请再次输入密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PasswordChangeWizard</name>
    <message>
        <location filename="../ui/account/PasswordChangeWizard.ui" line="+7"/>
        <location filename="../ui/account/PasswordChangeWizard.cpp" line="+39"/>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../ui/account/PasswordChangeWizard.cpp" line="-3"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/account/PasswordChangeWizard.ui" line="+4"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../ui/account/PasswordChangeWizard.cpp" line="+2"/>
        <source>Confirm</source>
        <extracomment>The code page&apos;s button (the guide&apos;s «Подтвердить»)</extracomment>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../ui/account/PasswordChangeWizard.ui" line="+13"/>
        <source>Choose a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your other devices will be signed out; this computer stays signed in.</source>
        <translation>您的其他设备将退出登录，此电脑保持登录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <location filename="../ui/account/PasswordChangeWizard.cpp" line="+14"/>
        <source>Changing the password…</source>
        <translation>正在修改密码…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Password changed. Other devices were signed out. This computer could not store the new sign-in, so it will ask for the new password next time.</source>
        <translation>密码已修改，其他设备已退出登录。此电脑无法保存新的登录信息，下次将要求输入新密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password changed. Other devices were signed out. You stay signed in on this computer.</source>
        <translation>密码已修改，其他设备已退出登录。您在此电脑上保持登录。</translation>
    </message>
</context>
<context>
    <name>PasswordConfirmDialog</name>
    <message>
        <location filename="../ui/widgets/PasswordConfirmDialog.ui" line="+48"/>
        <source>Account password</source>
        <extracomment>Placeholder of the password field in a confirmation dialog</extracomment>
        <translation>账号密码</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Password:</source>
        <extracomment>Above the password field of a confirmation dialog</extracomment>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <location filename="../ui/widgets/PasswordEdit.cpp" line="+45"/>
        <source>Hide password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caps Lock is on</source>
        <extracomment>Shown in a password field while Caps Lock is on</extracomment>
        <translation>大写锁定已开启</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <location filename="../core/validation/PasswordPolicy.cpp" line="+68"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At most %n characters</source>
        <translation>
            <numerusform>最多 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least one Latin letter</source>
        <extracomment>Latin letters: a-z, A-Z</extracomment>
        <translation>至少一个英文字母</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one digit</source>
        <translation>至少一个数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not the same as your email, phone number or account ID</source>
        <translation>不能与您的邮箱、手机号或账号 ID 相同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a commonly used password</source>
        <translation>不能是常用密码</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <location filename="../core/validation/PasswordStrength.cpp" line="+38"/>
        <source>Very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very strong</source>
        <translation>非常强</translation>
    </message>
</context>
<context>
    <name>PasswordSubmitPage</name>
    <message>
        <location filename="../ui/widgets/PasswordSubmitPage.cpp" line="+27"/>
        <source>Account &amp;password:</source>
        <translation>账号密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account password</source>
        <translation>账号密码</translation>
    </message>
</context>
<context>
    <name>PhoneNumberEdit</name>
    <message>
        <location filename="../ui/widgets/PhoneNumberEdit.cpp" line="+44"/>
        <location line="+3"/>
        <source>Country code</source>
        <translation>国家/地区代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number without the country code</source>
        <translation>不含国家/地区代码的手机号</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 +%2</source>
        <extracomment>A country in the phone code list: %1 is its name, %2 its calling code (&quot;Russia +7&quot;)</extracomment>
        <translation>%1 +%2</translation>
    </message>
</context>
<context>
    <name>RecoveryLoginPage</name>
    <message>
        <location filename="../ui/recovery/RecoveryLoginPage.ui" line="+7"/>
        <source>Forgot your password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which account is it?</source>
        <extracomment>Subtitle of the recovery&apos;s first page (the title asks &quot;Forgot your password?&quot;)</extracomment>
        <translation>要找回哪个账号？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the email address, phone number or account ID of your account. We will send a code to confirm that it is yours.</source>
        <translation>请输入账号的邮箱地址、手机号或账号 ID。我们将发送验证码，以确认账号属于您。</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryLoginPage.cpp" line="+22"/>
        <source>Checking the details…</source>
        <translation>正在核对信息…</translation>
    </message>
</context>
<context>
    <name>RecoveryWizard</name>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.ui" line="+7"/>
        <source>Reset Password</source>
        <translation>找回密码</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.cpp" line="+50"/>
        <source>Close</source>
        <extracomment>Closes the recovery wizard once the password is reset</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.ui" line="+4"/>
        <source>Reset your password</source>
        <translation>找回密码</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.cpp" line="+2"/>
        <source>Confirm</source>
        <extracomment>The code page&apos;s button (the guide&apos;s «Подтвердить»)</extracomment>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.ui" line="+13"/>
        <source>Choose a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every device signed in to the account will be signed out.</source>
        <translation>登录此账号的所有设备都将退出登录。</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.cpp" line="+2"/>
        <location line="+1"/>
        <source>Change Password</source>
        <extracomment>The button on the new password page of the recovery</extracomment>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.ui" line="+8"/>
        <source>Your account has two-step verification on.</source>
        <extracomment>Subtitle of the two-step code page when a password is reset</extracomment>
        <translation>您的账号已开启两步验证。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.cpp" line="+1"/>
        <source>Your password was changed and every device was signed out. Sign in with the new password.</source>
        <translation>密码已修改，所有设备均已退出登录。请使用新密码登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Changing the password…</source>
        <translation>正在修改密码…</translation>
    </message>
</context>
<context>
    <name>RegistrationDetailsPage</name>
    <message>
        <location filename="../ui/registration/RegistrationDetailsPage.ui" line="+82"/>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forgot password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stay up to date with news and &amp;offers</source>
        <extracomment>The opt-in checkbox for marketing email or SMS</extracomment>
        <translation>接收最新资讯和优惠(&amp;O)</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Create an account</source>
        <translation>注册账号</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Country or &amp;region</source>
        <translation>国家/地区(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/registration/RegistrationDetailsPage.cpp" line="+95"/>
        <source>&amp;Email address</source>
        <translation>邮箱地址(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;hone number</source>
        <translation>手机号(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We will send a code and a link to this address to confirm that it is yours.</source>
        <translation>我们将向此邮箱发送验证码和链接，以确认它属于您。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We will send a code by SMS to this number to confirm that it is yours.</source>
        <translation>我们将向此手机号发送短信验证码，以确认它属于您。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Enter your email address.</source>
        <translation>请输入邮箱地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid email address. Check it for typos.</source>
        <translation>邮箱地址无效，请检查是否有拼写错误。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your phone number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a valid phone number for the country code %1. Check the number and the code.</source>
        <extracomment>%1 is the calling code the user picked, e.g. &quot;+7&quot;</extracomment>
        <translation>该手机号与国家/地区代码 %1 不匹配。请检查号码和国家/地区代码。</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Sending the code…</source>
        <translation>正在发送验证码…</translation>
    </message>
</context>
<context>
    <name>RegistrationDonePage</name>
    <message>
        <location filename="../ui/registration/RegistrationDonePage.cpp" line="+50"/>
        <source>Your account is ready</source>
        <translation>您的账号已就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account ID:</source>
        <translation>您的账号 ID：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can sign in with it too, as well as with your email address or phone number. Note it down somewhere safe.</source>
        <translation>除了邮箱地址或手机号，您也可以用它登录。请妥善记录并保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your account ID: %1</source>
        <translation>您的账号 ID：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in to it on this computer.</source>
        <translation>您已在此电脑上登录该账号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your account has been created, but this computer could not keep you signed in. Sign in with your account ID and password.</source>
        <translation>您的账号已创建，但此电脑无法保持登录。请使用账号 ID 和密码登录。</translation>
    </message>
</context>
<context>
    <name>RegistrationMethodPage</name>
    <message>
        <location filename="../ui/registration/RegistrationMethodPage.cpp" line="+55"/>
        <source>Create an account</source>
        <translation>注册账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One account for all your devices. How would you like to sign up?</source>
        <translation>一个账号，通行您的所有设备。您希望如何注册？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We send a code and a link to your email address.</source>
        <translation>我们会向您的邮箱发送验证码和链接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone number</source>
        <translation>手机号(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We send a code to your phone by SMS.</source>
        <translation>我们会通过短信向您的手机发送验证码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whichever you choose, you can also sign in with your account ID, which you get at the end.</source>
        <translation>无论选择哪种方式，您都可以使用注册完成时获得的账号 ID 登录。</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../ui/registration/RegistrationWizard.ui" line="+7"/>
        <location filename="../ui/registration/RegistrationWizard.cpp" line="+68"/>
        <source>Create Account</source>
        <extracomment>The button on the password page that creates the account</extracomment>
        <translation>注册账号</translation>
    </message>
    <message>
        <location filename="../ui/registration/RegistrationWizard.cpp" line="-3"/>
        <source>Done</source>
        <extracomment>The button that closes the wizard once the account exists</extracomment>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Confirm your email address</source>
        <translation>验证您的邮箱地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm your phone number</source>
        <translation>验证您的手机号</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Creating your account…</source>
        <translation>正在创建账号…</translation>
    </message>
</context>
<context>
    <name>SendCodePage</name>
    <message>
        <location filename="../ui/widgets/SendCodePage.ui" line="+17"/>
        <source>Where should we send the verification code?</source>
        <translation>验证码发送到哪里？</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>A code confirms that it is you who asks.</source>
        <translation>验证码用于确认是您本人在操作。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SendCodePage.cpp" line="+43"/>
        <source>Send</source>
        <extracomment>The button that sends a verification code (the guide&apos;s «Отправить»)</extracomment>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone number %1</source>
        <translation>手机号 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email address %1</source>
        <translation>邮箱地址 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We will send a code by SMS to your phone number %1.</source>
        <translation>我们将通过短信向您的手机号 %1 发送验证码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We will send a code to your email address %1.</source>
        <translation>我们将向您的邮箱地址 %1 发送验证码。</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Sending the code…</source>
        <translation>正在发送验证码…</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <location filename="../ui/account/SignOutDialog.cpp" line="+24"/>
        <source>Also remove this account&apos;s &amp;data from this computer</source>
        <translation>同时从此电脑删除此账号的数据(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign Out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out of account %1 on this computer? It is unbound from the account; your other devices stay signed in.

Enter your account password to confirm that you are the owner.</source>
        <extracomment>%1 is the account ID</extracomment>
        <translation>要在此电脑上退出账号 %1 吗？此电脑将与账号解绑；您的其他设备仍保持登录。

请输入账号密码，确认您是账号所有者。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without it, the account stays in the account list, so signing in again is quicker. Nothing secret is kept either way.</source>
        <translation>如不勾选，账号将保留在账号列表中，便于再次登录。无论是否勾选，都不会保留任何机密信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign Out</source>
        <comment>button</comment>
        <extracomment>The button that signs out after the password is typed</extracomment>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing out…</source>
        <translation>正在退出登录…</translation>
    </message>
</context>
<context>
    <name>TwoStepCodePage</name>
    <message>
        <location filename="../ui/twostep/TwoStepCodePage.cpp" line="+38"/>
        <source>Checking the code…</source>
        <translation>正在校验验证码…</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepCodePage.ui" line="+7"/>
        <source>Two-step verification</source>
        <translation>两步验证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm that it is you with a second step.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>请再验证一步，确认是您本人。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Co&amp;de</source>
        <extracomment>Label of the field for the code the authenticator app shows</extracomment>
        <translation>验证码(&amp;D)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Code from the authenticator app</source>
        <translation>身份验证器应用中的验证码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup co&amp;de</source>
        <translation>备用验证码(&amp;D)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backup code</source>
        <translation>备用验证码</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepCodePage.cpp" line="+47"/>
        <source>Enter one of the backup codes you saved when you turned on two-step verification. Each of them works once.</source>
        <translation>请输入您开启两步验证时保存的备用验证码之一。每个验证码只能使用一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use the code from the app</source>
        <extracomment>Switches the two-step page back from a backup code to the app&apos;s code</extracomment>
        <translation>使用应用中的验证码(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open your authenticator app and enter the %n-digit code it shows for this account.</source>
        <translation>
            <numerusform>打开身份验证器应用，输入其为此账号显示的 %n 位验证码。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use a backup code</source>
        <extracomment>For when the phone with the authenticator app is not at hand</extracomment>
        <translation>使用备用验证码(&amp;U)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Enter one of your backup codes.</source>
        <translation>请输入一个备用验证码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的验证码。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The code has %n digits.</source>
        <translation>
            <numerusform>验证码为 %n 位数字。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The code you entered was not accepted.</source>
        <translation>您输入的验证码未被接受。</translation>
    </message>
</context>
<context>
    <name>TwoStepDisableDialog</name>
    <message>
        <location filename="../ui/twostep/TwoStepDisableDialog.cpp" line="+47"/>
        <source>Turn Off Two-Step Verification</source>
        <translation>关闭两步验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in will ask for your password only. To confirm that you are the owner, enter your account password and a code from your authenticator app or one of your backup codes.</source>
        <translation>之后登录将只需要密码。为确认您是账号所有者，请输入账号密码以及身份验证器应用中的验证码或一个备用验证码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code from the app, or a backup code:</source>
        <translation>应用中的验证码或备用验证码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code from the authenticator app or backup code</source>
        <translation>身份验证器应用中的验证码或备用验证码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn Off</source>
        <comment>button</comment>
        <extracomment>The button that switches two-step verification off</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a code from your authenticator app or a backup code.</source>
        <translation>请输入身份验证器应用中的验证码或备用验证码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Turning off two-step verification…</source>
        <translation>正在关闭两步验证…</translation>
    </message>
</context>
<context>
    <name>TwoStepPasswordPage</name>
    <message>
        <location filename="../ui/twostep/TwoStepPasswordPage.cpp" line="+19"/>
        <source>Checking the password…</source>
        <translation>正在校验密码…</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepPasswordPage.ui" line="+7"/>
        <source>Turn on two-step verification</source>
        <translation>开启两步验证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stolen password alone will no longer get anyone in.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>他人无法再仅凭盗取的密码登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With two-step verification on, signing in asks for your password and then for a code from an authenticator app on your phone. The code changes every 30 seconds, so someone who learns your password still cannot sign in.

You need a phone with an authenticator app. Enter your account password to begin.</source>
        <translation>开启两步验证后，登录时需要先输入密码，再输入手机上身份验证器应用中的验证码。验证码每 30 秒更换一次，因此即使有人知道了您的密码，也无法登录。

您需要一部装有身份验证器应用的手机。请输入账号密码以开始。</translation>
    </message>
</context>
<context>
    <name>TwoStepQrPage</name>
    <message>
        <location filename="../ui/twostep/TwoStepQrPage.ui" line="+7"/>
        <source>Add the account to your authenticator app</source>
        <translation>将账号添加到身份验证器应用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the QR code with the app on your phone.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>请用手机上的应用扫描二维码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any authenticator app for time-based codes (TOTP) works, for example Google Authenticator, Microsoft Authenticator, FreeOTP or Aegis. In the app, add an account and scan this code.</source>
        <translation>任何支持基于时间的验证码（TOTP）的身份验证器应用均可使用，例如 Google Authenticator、Microsoft Authenticator、FreeOTP 或 Aegis。请在应用中添加账号并扫描此二维码。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot scan it? Enter this &amp;key in the app by hand:</source>
        <translation>无法扫描？请在应用中手动输入此密钥(&amp;K)：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Co&amp;py Key</source>
        <translation>复制密钥(&amp;P)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>QR code for the authenticator app</source>
        <translation>用于身份验证器应用的二维码</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Key for the authenticator app</source>
        <translation>用于身份验证器应用的密钥</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/twostep/TwoStepQrPage.cpp" line="+62"/>
        <source>If the app asks: time-based codes of %n digits.</source>
        <extracomment>How the app must be set up when the key is typed in by hand</extracomment>
        <translation>
            <numerusform>如果应用询问：基于时间的验证码，%n 位。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A new code comes every %n seconds.</source>
        <translation>
            <numerusform>每 %n 秒生成一个新验证码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwoStepSetupWizard</name>
    <message>
        <location filename="../ui/twostep/TwoStepSetupWizard.ui" line="+7"/>
        <source>Two-Step Verification</source>
        <translation>两步验证</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepSetupWizard.cpp" line="+37"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepSetupWizard.ui" line="+14"/>
        <source>Enter the code from the app</source>
        <translation>输入应用中的验证码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This checks that the app and the server agree.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>以此确认应用与服务器一致。</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepSetupWizard.cpp" line="+2"/>
        <source>&amp;Turn On</source>
        <extracomment>The button that switches two-step verification on with the first code</extracomment>
        <translation>开启(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepSetupWizard.ui" line="+13"/>
        <source>Two-step verification is on</source>
        <translation>两步验证已开启</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepSetupWizard.cpp" line="+2"/>
        <source>From now on, signing in to your account asks for your password and then for a code from your authenticator app, or for one of your backup codes.</source>
        <translation>从现在起，登录账号时需要先输入密码，再输入身份验证器应用中的验证码或一个备用验证码。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.ui" line="+106"/>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create Account</source>
        <translation>注册账号</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Your account</source>
        <translation>您的账号</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One account for all your devices: phones, tablets, watches and more. Sign in with your email address, phone number or account ID to see your account on this computer. You stay signed in until you sign out. No account yet? Create one for free.</source>
        <translation>一个账号，通行您的所有设备：手机、平板、手表等。使用邮箱地址、手机号或账号 ID 登录，即可在此电脑上查看您的账号。退出登录前将一直保持登录状态。还没有账号？立即免费注册。</translation>
    </message>
</context>
</TS>
