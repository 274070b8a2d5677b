<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DeliveryMessage</name>
    <message>
        <location filename="../server/delivery/DeliveryMessage.cpp" line="+20"/>
        <source>Someone signed in to another account tried to add this address to it. It stays with your account, and nothing was changed. If it was you, this address already belongs to your own account.</source>
        <translation>Кто-то, войдя в другой аккаунт, пытался привязать к нему этот адрес. Адрес по-прежнему привязан к вашему аккаунту, ничего не изменилось. Если это были вы, значит, этот адрес уже принадлежит вашему собственному аккаунту.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account was deleted, with everything it held. If this was not you, contact support and quote this message.</source>
        <translation>Ваш аккаунт удалён вместе со всеми данными. Если это были не вы, обратитесь в службу поддержки и перешлите это сообщение.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two-step verification was switched on for your account: signing in now also needs a code from your authenticator app. If this was not you, recover your account at once and contact support.</source>
        <translation>Для вашего аккаунта включена двухэтапная проверка: теперь для входа нужен ещё и код из приложения-аутентификатора. Если это были не вы, немедленно восстановите доступ к аккаунту и обратитесь в службу поддержки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two-step verification was switched off for your account: the password alone signs you in again. If this was not you, change your password at once with &quot;Forgot password?&quot; on the sign-in screen.</source>
        <translation>Для вашего аккаунта выключена двухэтапная проверка: для входа снова достаточно одного пароля. Если это были не вы, немедленно смените пароль: нажмите «Забыли пароль?» на экране входа.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your account was just signed in to from a new device. If this was not you, change your password at once (&quot;Forgot password?&quot; on the sign-in screen) and unbind that device.</source>
        <translation>В ваш аккаунт только что вошли с нового устройства. Если это были не вы, немедленно смените пароль («Забыли пароль?» на экране входа) и отвяжите это устройство.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A device was unbound from your account. If this was not you, change your password at once with &quot;Forgot password?&quot; on the sign-in screen.</source>
        <translation>От вашего аккаунта отвязано устройство. Если это были не вы, немедленно смените пароль: нажмите «Забыли пароль?» на экране входа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account was signed out on all devices but one. If this was not you, change your password at once with &quot;Forgot password?&quot; on the sign-in screen.</source>
        <translation>Выполнен выход из вашего аккаунта на всех устройствах, кроме одного. Если это были не вы, немедленно смените пароль: нажмите «Забыли пароль?» на экране входа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The email address of your account was changed, and this address no longer belongs to it. If this was not you, change your password at once with &quot;Forgot password?&quot; on the sign-in screen.</source>
        <translation>Адрес электронной почты вашего аккаунта изменён: этот адрес к нему больше не привязан. Если это были не вы, немедленно смените пароль: нажмите «Забыли пароль?» на экране входа.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The phone number of your account was changed, and this number no longer belongs to it. If this was not you, change your password at once with &quot;Forgot password?&quot; on the sign-in screen.</source>
        <translation>Номер телефона вашего аккаунта изменён: этот номер к нему больше не привязан. Если это были не вы, немедленно смените пароль: нажмите «Забыли пароль?» на экране входа.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password of your account was changed. If this was not you, change your password at once with &quot;Forgot password?&quot; on the sign-in screen.</source>
        <translation>Пароль вашего аккаунта изменён. Если это были не вы, немедленно смените пароль: нажмите «Забыли пароль?» на экране входа.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Account Manager: someone tried to use your address</source>
        <translation>Менеджер аккаунтов: попытка привязать ваш адрес к другому аккаунту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account Manager: sign-in from a new device</source>
        <translation>Менеджер аккаунтов: вход с нового устройства</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account Manager: your account was changed</source>
        <translation>Менеджер аккаунтов: изменения в вашем аккаунте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account Manager: verification code</source>
        <translation>Менеджер аккаунтов: проверочный код</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Your Account Manager verification code is %1. It is valid for %n minute(s).</source>
        <extracomment>%1 is the six-digit code</extracomment>
        <translation>
            <numerusform>Ваш проверочный код для Менеджера аккаунтов: %1. Код действует %n минуту.</numerusform>
            <numerusform>Ваш проверочный код для Менеджера аккаунтов: %1. Код действует %n минуты.</numerusform>
            <numerusform>Ваш проверочный код для Менеджера аккаунтов: %1. Код действует %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>You can also confirm your email address with this link (valid for %n minute(s)):</source>
        <extracomment>Followed by the link on a line of its own</extracomment>
        <translation>
            <numerusform>Подтвердить адрес электронной почты можно и по этой ссылке (она действует %n минуту):</numerusform>
            <numerusform>Подтвердить адрес электронной почты можно и по этой ссылке (она действует %n минуты):</numerusform>
            <numerusform>Подтвердить адрес электронной почты можно и по этой ссылке (она действует %n минут):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If you did not ask for this code, ignore this message. Never tell the code to anyone.</source>
        <translation>Если вы не запрашивали код, просто проигнорируйте это письмо. Никому не сообщайте код.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Account Manager: %1</source>
        <extracomment>An SMS notice: the service&apos;s name, then the notice (%1). Chinese SMS put it in 【】.</extracomment>
        <translation>Менеджер аккаунтов: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is your Account Manager verification code. Do not share it with anyone.</source>
        <extracomment>An SMS: keep it short, with the code (%1) early, so that phones offer to fill it in (Chinese SMS open with the service&apos;s name in 【】, as every Chinese service&apos;s do)</extracomment>
        <translation>%1 — ваш проверочный код для Менеджера аккаунтов. Никому его не сообщайте.</translation>
    </message>
</context>
<context>
    <name>VerificationHandler</name>
    <message>
        <location filename="../server/account/VerificationHandler.cpp" line="+28"/>
        <source>Account Manager</source>
        <translation>Менеджер аккаунтов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm</source>
        <extracomment>The button on the web page the emailed link opens</extracomment>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Email confirmed. Return to Account Manager to finish.</source>
        <translation>Адрес электронной почты подтверждён. Вернитесь в Менеджер аккаунтов, чтобы завершить регистрацию.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This link is not valid any more. Return to Account Manager and ask for a new code.</source>
        <translation>Эта ссылка больше не действительна. Вернитесь в Менеджер аккаунтов и запросите новый код.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Confirm that this email address is yours to finish signing up.</source>
        <translation>Подтвердите, что этот адрес электронной почты принадлежит вам, чтобы завершить регистрацию.</translation>
    </message>
</context>
</TS>
