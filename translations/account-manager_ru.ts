<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountApi</name>
    <message>
        <location filename="../core/api/AccountApi.cpp" line="+125"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Не удалось прочитать файл сертификата %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>В файле %1 нет сертификата в формате PEM.</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <location filename="../ui/AccountMenu.cpp" line="+23"/>
        <source>&amp;Accounts</source>
        <extracomment>The menu bar menu listing the accounts signed in on this computer</extracomment>
        <translation>&amp;Аккаунты</translation>
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
        <translation>Выход выполнен</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in to %1…</source>
        <extracomment>An account signed out on this computer; choosing it opens the sign-in with its ID</extracomment>
        <translation>Войти в %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;Account…</source>
        <extracomment>Signs in to (or creates) one more account on this computer, keeping the others</extracomment>
        <translation>Добавить &amp;аккаунт…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../ui/AccountPage.ui" line="+430"/>
        <source>Sign &amp;Out…</source>
        <extracomment>Opens the sign-out dialog, which asks for the password</extracomment>
        <translation>&amp;Выйти…</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Change &amp;Password…</source>
        <extracomment>Opens the password change (the guide&apos;s «Изменить пароль»)</extracomment>
        <translation>Изменить &amp;пароль…</translation>
    </message>
    <message>
        <location line="-32"/>
        <location filename="../ui/AccountPage.cpp" line="+253"/>
        <source>Add Phone Number</source>
        <translation>Добавить номер телефона</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;Delete Account…</source>
        <extracomment>Opens the account deletion wizard (the guide&apos;s «Удалить аккаунт»)</extracomment>
        <translation>&amp;Удалить аккаунт…</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>You are signed in</source>
        <translation>Вы вошли в аккаунт</translation>
    </message>
    <message>
        <location filename="../ui/AccountPage.cpp" line="-192"/>
        <source>Your data was saved to %1.</source>
        <extracomment>After &quot;Download Your Data…&quot;: %1 is the file the copy was written to</extracomment>
        <translation>Ваши данные сохранены в файл %1.</translation>
    </message>
    <message>
        <location filename="../ui/AccountPage.ui" line="+7"/>
        <source>Accounts</source>
        <extracomment>The header button that opens the account switcher</extracomment>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Account details</source>
        <translation>Данные аккаунта</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Account ID:</source>
        <translation>ID аккаунта:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Email:</source>
        <translation>Электронная почта:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Phone number:</source>
        <translation>Номер телефона:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Region:</source>
        <extracomment>The country or region the account belongs to</extracomment>
        <translation>Регион:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Created:</source>
        <translation>Создан:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Account security</source>
        <extracomment>The guide&apos;s «Безопасность аккаунта»: where the password is changed</extracomment>
        <translation>Безопасность аккаунта</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A code to your email or phone confirms a new password. Other devices are signed out.</source>
        <translation>Новый пароль нужно подтвердить кодом, который придёт на почту или телефон. На других устройствах будет выполнен выход.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Download a copy of everything your account holds: its details, devices and activity. Once an hour.</source>
        <translation>Скачайте копию всего, что хранится в аккаунте: данные, устройства и действия. Не чаще раза в час.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Do&amp;wnload Your Data…</source>
        <extracomment>Asks for the password, then saves a copy of the account&apos;s data as a file</extracomment>
        <translation>&amp;Скачать мои данные…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleting the account erases it for good, once no other device is bound to it.</source>
        <translation>Аккаунт удаляется навсегда. Удалить его можно, только когда к нему не привязано других устройств.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Add a phone number to your account: if you ever forget the password, a code by SMS gets you back in.</source>
        <translation>Добавьте в аккаунт номер телефона: если вы забудете пароль, код в SMS поможет вернуть доступ.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;Two-Step Verification…</source>
        <extracomment>Opens the two-step verification setup, or its turning off when it is on</extracomment>
        <translation>&amp;Двухэтапная проверка…</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Account sections</source>
        <extracomment>Accessible name of the tabs (Account, Devices) on the account page</extracomment>
        <translation>Разделы аккаунта</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A&amp;ccount</source>
        <extracomment>Tab with the account&apos;s details and security settings</extracomment>
        <translation>А&amp;ккаунт</translation>
    </message>
    <message>
        <location filename="../ui/AccountPage.cpp" line="+116"/>
        <source>De&amp;vices</source>
        <extracomment>Tab with the devices bound to the account (the guide&apos;s «Устройства»)</extracomment>
        <translation>Ус&amp;тройства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activit&amp;y</source>
        <extracomment>Tab with what happened to the account: sign-ins, changes (Google&apos;s &quot;Recent security activity&quot;)</extracomment>
        <translation>Акт&amp;ивность</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading…</source>
        <extracomment>Shown in place of the email, phone and region until the server has sent them</extracomment>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not added</source>
        <extracomment>Shown instead of an email or phone number that is not bound to the account</extracomment>
        <translation>Не добавлен</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Email</source>
        <translation>Добавить почту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Email</source>
        <translation>Изменить почту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-step verification</source>
        <extracomment>The two-step verification state while the profile is loading (or did not come)</extracomment>
        <translation>Двухэтапная проверка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-step verification: On</source>
        <translation>Двухэтапная проверка: включена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in asks for a code from your authenticator app after the password.</source>
        <translation>При входе после пароля запрашивается код из приложения-аутентификатора.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-step verification: Off</source>
        <translation>Двухэтапная проверка: выключена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn it on so that a stolen password alone cannot get anyone into your account.</source>
        <translation>Включите её, чтобы с одним лишь украденным паролем никто не смог войти в ваш аккаунт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Phone Number</source>
        <translation>Изменить номер телефона</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+104"/>
        <source>Signing out…</source>
        <translation>Выход из аккаунта…</translation>
    </message>
</context>
<context>
    <name>ActivityRow</name>
    <message>
        <location filename="../ui/activity/ActivityRow.cpp" line="+104"/>
        <source>%1, %2</source>
        <extracomment>When an event happened: %1 is the date (&quot;5 December 2026&quot;), %2 the time of day (&quot;14:35&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IP address %1</source>
        <extracomment>Where an event came from; %1 is an IP address with its last part hidden, &quot;203.0.113.x&quot;</extracomment>
        <translation>IP-адрес %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Was this you?</source>
        <extracomment>A link beside a sign-in on another device; it opens the password change</extracomment>
        <translation>Это были вы?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it was not you, change your password now.</source>
        <translation>Если это были не вы, сейчас же измените пароль.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (this computer)</source>
        <extracomment>The device of an event, when it is the computer the app runs on; %1 is its name</extracomment>
        <translation>%1 (этот компьютер)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signed in to your account</source>
        <translation>Выполнен вход в аккаунт</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed attempt(s) to sign in with a wrong password</source>
        <extracomment>Failed sign-ins within one hour are one event; %n is how many there were</extracomment>
        <translation>
            <numerusform>%n неудачная попытка входа с неверным паролем</numerusform>
            <numerusform>%n неудачные попытки входа с неверным паролем</numerusform>
            <numerusform>%n неудачных попыток входа с неверным паролем</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new device was confirmed with a verification code</source>
        <translation>Новое устройство подтверждено проверочным кодом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password was changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new password was set through password reset</source>
        <translation>Новый пароль задан через восстановление пароля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The email address was changed</source>
        <translation>Адрес электронной почты изменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number was changed</source>
        <translation>Номер телефона изменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A device was unbound from your account</source>
        <translation>Устройство отвязано от аккаунта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All other devices were signed out</source>
        <translation>Выполнен выход на всех других устройствах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-step verification was turned on</source>
        <translation>Двухэтапная проверка включена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-step verification was turned off</source>
        <translation>Двухэтапная проверка выключена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something changed in your account</source>
        <extracomment>An event of a kind this version of the app does not know (a newer server)</extracomment>
        <translation>В аккаунте что-то изменилось</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location filename="../ui/activity/ActivityTab.ui" line="+10"/>
        <source>What happened to your account in the last 180 days. If you see a sign-in or a change you did not make, change your password.</source>
        <translation>Что происходило с вашим аккаунтом за последние 180 дней. Если вы видите вход или изменение, которые делали не вы, измените пароль.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Refresh</source>
        <extracomment>Loads the activity list again</extracomment>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Load &amp;More</source>
        <extracomment>Loads older events of the activity list</extracomment>
        <translation>Показать &amp;ещё</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Account activity</source>
        <extracomment>Accessible name of the list of events on the Activity tab</extracomment>
        <translation>Активность аккаунта</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityTab.cpp" line="+56"/>
        <source>Nothing has happened to your account yet.</source>
        <translation>С вашим аккаунтом пока ничего не происходило.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading older events…</source>
        <translation>Загрузка более ранних событий…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading activity…</source>
        <translation>Загрузка событий…</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../core/protocol/ApiError.cpp" line="+23"/>
        <source>Try again after %1.</source>
        <extracomment>%1 is a time of day, e.g. 14:35</extracomment>
        <translation>Повторите попытку после %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>Осталась %n попытка.</numerusform>
            <numerusform>Осталось %n попытки.</numerusform>
            <numerusform>Осталось %n попыток.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCodesPage</name>
    <message>
        <location filename="../ui/twostep/BackupCodesPage.ui" line="+7"/>
        <source>Save your backup codes</source>
        <translation>Сохраните резервные коды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are shown only now.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>Они показываются только сейчас.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;If your phone is lost or the app is gone, a backup code signs you in instead of the app&apos;s code. Each code works once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keep them somewhere safe where nobody else can see them&lt;/b&gt;: printed and put away, or in a password manager. Anyone with a code and your password can sign in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Если телефон потерян или приложения больше нет, резервный код позволяет войти вместо кода из приложения. Каждый код действует один раз.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Храните их в надёжном месте, где их никто не увидит&lt;/b&gt;: распечатайте и уберите или сохраните в менеджере паролей. Любой, у кого есть код и ваш пароль, может войти в аккаунт.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save to &amp;File…</source>
        <translation>Сохранить в &amp;файл…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>I have &amp;saved my backup codes</source>
        <extracomment>Kept short: a checkbox&apos;s text does not wrap</extracomment>
        <translation>Резервные коды &amp;сохранены</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Backup codes</source>
        <translation>Резервные коды</translation>
    </message>
    <message>
        <location filename="../ui/twostep/BackupCodesPage.cpp" line="+108"/>
        <source>Account Manager: backup codes for two-step verification</source>
        <extracomment>First line of the saved or printed backup codes</extracomment>
        <translation>Менеджер аккаунтов: резервные коды для двухэтапной проверки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account ID: %1</source>
        <extracomment>%1 is the account ID</extracomment>
        <translation>ID аккаунта: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made on: %1</source>
        <extracomment>%1 is today&apos;s date</extracomment>
        <translation>Созданы: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each code signs you in once when your authenticator app is not at hand. Keep them somewhere safe: anyone with a code and your password can sign in.</source>
        <translation>Каждый код позволяет один раз войти, когда приложения-аутентификатора нет под рукой. Храните их в надёжном месте: любой, у кого есть код и ваш пароль, может войти в аккаунт.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save Backup Codes</source>
        <translation>Сохранение резервных кодов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <extracomment>File type filter in the save dialog</extracomment>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The codes could not be saved to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Не удалось сохранить коды в %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The codes have been saved to %1.</source>
        <translation>Коды сохранены в %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print Backup Codes</source>
        <translation>Печать резервных кодов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The codes have been sent to the printer.</source>
        <translation>Коды отправлены на принтер.</translation>
    </message>
</context>
<context>
    <name>BoundDevicesPage</name>
    <message>
        <location filename="../ui/devices/BoundDevicesPage.ui" line="+7"/>
        <source>Unbind your devices</source>
        <translation>Отвяжите устройства</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an account with no other device bound can be deleted.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>Удалить можно только аккаунт без других привязанных устройств.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unbind each device below: phones, tablets, bands, scales. This computer is signed out at the end, with the deletion.</source>
        <translation>Отвяжите каждое устройство из списка: телефоны, планшеты, браслеты, весы. На этом компьютере выход будет выполнен в конце, вместе с удалением аккаунта.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No other device is bound to your account. You can go on.</source>
        <translation>Других устройств, привязанных к аккаунту, нет. Можно продолжать.</translation>
    </message>
    <message>
        <location filename="../ui/devices/BoundDevicesPage.cpp" line="+52"/>
        <source>Loading devices…</source>
        <translation>Загрузка устройств…</translation>
    </message>
</context>
<context>
    <name>CaptchaAudioPlayer</name>
    <message>
        <location filename="../ui/widgets/CaptchaAudioPlayer.cpp" line="+27"/>
        <source>This computer has no sound output, so the audio cannot be played.</source>
        <translation>На этом компьютере нет устройства вывода звука, поэтому запись нельзя воспроизвести.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audio could not be prepared for playing.</source>
        <translation>Не удалось подготовить запись к воспроизведению.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audio could not be played on this computer&apos;s sound output.</source>
        <translation>Не удалось воспроизвести запись через звуковое устройство этого компьютера.</translation>
    </message>
</context>
<context>
    <name>CaptchaPage</name>
    <message>
        <location filename="../ui/signin/CaptchaPage.ui" line="+7"/>
        <source>Confirm that you are a person</source>
        <translation>Подтвердите, что вы не робот</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There were several unsuccessful attempts to sign in to this account. Type the characters you see in the picture.</source>
        <translation>Было несколько неудачных попыток входа в этот аккаунт. Введите символы с картинки.</translation>
    </message>
    <message>
        <location filename="../ui/signin/CaptchaPage.cpp" line="+21"/>
        <source>Signing in…</source>
        <translation>Вход в аккаунт…</translation>
    </message>
    <message>
        <location filename="../ui/signin/CaptchaPage.ui" line="-11"/>
        <source>Type the characters from the picture.</source>
        <translation>Введите символы с картинки.</translation>
    </message>
</context>
<context>
    <name>CaptchaWidget</name>
    <message>
        <location filename="../ui/widgets/CaptchaWidget.ui" line="+57"/>
        <source>&amp;Another picture</source>
        <translation>Другая &amp;картинка</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Listen</source>
        <extracomment>Plays the captcha&apos;s characters spoken aloud (for people who cannot see the picture)</extracomment>
        <translation>Прос&amp;лушать</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Listen to the audio captcha</source>
        <translation>Прослушать звуковую капчу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plays the characters of the picture spoken one by one in English; letters are said by name. Type them into the field below.</source>
        <translation>Воспроизводит символы с картинки по одному, на английском языке; буквы произносятся по их названиям. Введите их в поле ниже.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Captcha: type the characters you see</source>
        <extracomment>The captcha picture as a screen reader names it</extracomment>
        <translation>Капча: введите символы с картинки</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Characters from the picture</source>
        <translation>Символы с картинки</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Characters from the picture</source>
        <translation>&amp;Символы с картинки</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CaptchaWidget.cpp" line="+71"/>
        <source>Loading the picture…</source>
        <translation>Загрузка картинки…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No picture</source>
        <translation>Нет картинки</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This audio captcha cannot be played again. Get another picture, then listen to it.</source>
        <translation>Эту звуковую капчу больше нельзя прослушать. Получите другую картинку и прослушайте её.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The picture has not loaded yet. Wait a moment or get another picture.</source>
        <translation>Картинка ещё не загрузилась. Подождите немного или запросите другую картинку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the characters from the picture.</source>
        <translation>Введите символы с картинки.</translation>
    </message>
</context>
<context>
    <name>CodeEntryPage</name>
    <message>
        <location filename="../ui/widgets/CodeEntryPage.ui" line="+99"/>
        <source>&amp;Resend code</source>
        <translation>&amp;Отправить код повторно</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Enter the code</source>
        <translation>Введите код</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code confirms that the address or number is yours.</source>
        <translation>Код подтверждает, что адрес или номер принадлежит вам.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Verification code</source>
        <translation>Проверочный код</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <location filename="../ui/widgets/CodeEntryPage.cpp" line="+87"/>
        <source>We sent a code to %1. It may take a few minutes to arrive.</source>
        <extracomment>%1 is the masked email address, e.g. &quot;a***@example.com&quot;</extracomment>
        <translation>Мы отправили код на %1. Он может прийти в течение нескольких минут.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We sent a code to %1. Enter it here, or open the link in that email: this page moves on by itself once you have.</source>
        <extracomment>%1 is the masked email address, e.g. &quot;a***@example.com&quot;</extracomment>
        <translation>Мы отправили код на %1. Введите его здесь или перейдите по ссылке из письма — после этого окно само перейдёт к следующему шагу.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We sent a code to %1 by SMS. It may take a minute to arrive.</source>
        <extracomment>%1 is the masked phone number, e.g. &quot;+7 *** ***-45-67&quot;</extracomment>
        <translation>Мы отправили SMS с кодом на номер %1. Сообщение может прийти не сразу.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Resend code in %1</source>
        <extracomment>%1 is the time left in minutes and seconds, e.g. &quot;0:42&quot;</extracomment>
        <translation>Отправить код повторно можно через %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Request a new code.</source>
        <translation>Запросите новый код.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Checking the code…</source>
        <translation>Проверка кода…</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Enter the code from the message.</source>
        <translation>Введите код из сообщения.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The code has %n digits.</source>
        <translation>
            <numerusform>Код состоит из %n цифры.</numerusform>
            <numerusform>Код состоит из %n цифр.</numerusform>
            <numerusform>Код состоит из %n цифр.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+21"/>
        <source>Sign in to your account and look after it.</source>
        <translation>Вход в аккаунт и управление им.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account server, default %1.</source>
        <translation>Сервер аккаунтов, по умолчанию %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Дополнительно доверять сертификатам ЦС из этого файла PEM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of the app: %1 or pseudo (default: the one chosen in the app, else the system&apos;s).</source>
        <extracomment>%1 lists the language codes: &quot;en, ru, zh_CN&quot;; &quot;pseudo&quot; is a code too, not translated</extracomment>
        <translation>Язык приложения: %1 или pseudo (по умолчанию — выбранный в приложении, иначе язык системы).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>--lang must be %1 or pseudo, not &quot;%2&quot;.</source>
        <extracomment>%1 lists the language codes: &quot;en, ru, zh_CN&quot;; %2 is what was given</extracomment>
        <translation>Для --lang нужно %1 или pseudo, а не «%2».</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Debug logging of every area, in the log file and on standard error. Passwords, codes and tokens are never logged.</source>
        <translation>Подробный отладочный журнал всех модулей — в файл журнала и в стандартный поток ошибок. Пароли, коды и токены никогда не записываются.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--server needs an https:// address, not &quot;%1&quot;.</source>
        <translation>Для --server нужен адрес https://, а не «%1».</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+53"/>
        <source>The file given with --ca-file cannot be used: %1</source>
        <extracomment>%1 is the reason, which names the file</extracomment>
        <translation>Файл, указанный в --ca-file, нельзя использовать: %1</translation>
    </message>
</context>
<context>
    <name>ContactChangeWizard</name>
    <message>
        <location filename="../ui/account/ContactChangeWizard.cpp" line="+41"/>
        <source>Add Email</source>
        <translation>Добавить почту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Email</source>
        <translation>Изменить почту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Phone Number</source>
        <translation>Добавить номер телефона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Phone Number</source>
        <translation>Изменить номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an email address</source>
        <translation>Добавление электронной почты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the email address</source>
        <translation>Изменение электронной почты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a phone number</source>
        <translation>Добавление номера телефона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the phone number</source>
        <translation>Изменение номера телефона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <extracomment>The details page&apos;s button that sends a code to the new address or number (the guide&apos;s «Отправить»)</extracomment>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the new email address</source>
        <translation>Подтвердите новый адрес электронной почты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm the new phone number</source>
        <translation>Подтвердите новый номер телефона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <extracomment>The code page&apos;s button (the guide&apos;s «Подтвердить»)</extracomment>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address saved</source>
        <translation>Электронная почта сохранена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number saved</source>
        <translation>Номер телефона сохранён</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your email address is now %1. You can sign in with it and receive codes there.</source>
        <translation>Теперь ваша электронная почта — %1. С ней можно входить в аккаунт, на неё будут приходить коды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your phone number is now %1. You can sign in with it and receive codes there.</source>
        <translation>Теперь ваш номер телефона — %1. С ним можно входить в аккаунт, на него будут приходить коды.</translation>
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
        <translation>Новый адрес &amp;электронной почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We will send a code to the new address to confirm that it is yours.</source>
        <translation>Мы отправим код на новый адрес, чтобы подтвердить, что он ваш.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New p&amp;hone number</source>
        <translation>Новый номер &amp;телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We will send a code by SMS to the new number to confirm that it is yours.</source>
        <translation>Мы отправим код в SMS на новый номер, чтобы подтвердить, что он ваш.</translation>
    </message>
    <message>
        <location filename="../ui/account/ContactDetailsPage.ui" line="+38"/>
        <source>Current &amp;password</source>
        <translation>Текущий &amp;пароль</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>To protect your account, enter its password again.</source>
        <translation>Для защиты аккаунта введите его пароль ещё раз.</translation>
    </message>
    <message>
        <location filename="../ui/account/ContactDetailsPage.cpp" line="+72"/>
        <source>Enter the new email address.</source>
        <translation>Введите новый адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid email address. Check it for typos.</source>
        <translation>Неверный адрес электронной почты. Проверьте, нет ли в нём опечаток.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Enter the new phone number.</source>
        <translation>Введите новый номер телефона.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a valid phone number for the country code %1. Check the number and the code.</source>
        <translation>Номер телефона не подходит для кода страны %1. Проверьте номер и код.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is already the address of your account.</source>
        <translation>Это уже адрес вашего аккаунта.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is already the number of your account.</source>
        <translation>Это уже номер вашего аккаунта.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Sending the code…</source>
        <translation>Отправка кода…</translation>
    </message>
</context>
<context>
    <name>DataExporter</name>
    <message>
        <location filename="../ui/activity/DataExporter.cpp" line="+21"/>
        <source>Save Your Data</source>
        <translation>Сохранение ваших данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <extracomment>The file type filter of the save dialog</extracomment>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A copy of your data can be downloaded once an hour. Please try again later.</source>
        <translation>Копию данных можно скачивать не чаще раза в час. Повторите попытку позже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of your data can be downloaded once an hour. Try again after %1.</source>
        <extracomment>%1 is a time of day, e.g. 14:35</extracomment>
        <translation>Копию данных можно скачивать не чаще раза в час. Повторите попытку после %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Download Your Data</source>
        <translation>Скачивание ваших данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy of everything your account holds: its details, devices, sessions and activity, as a JSON file. It has no password or other secret, but it is personal: keep it safe.

Enter your account password to confirm that you are the owner.</source>
        <translation>Копия всего, что хранится в аккаунте: данные, устройства, сеансы и события — в файле JSON. В ней нет пароля и других секретов, но это личные данные: храните файл в надёжном месте.

Введите пароль от аккаунта, чтобы подтвердить, что вы его владелец.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download</source>
        <extracomment>The button that downloads the data after the password is typed</extracomment>
        <translation>Скачать</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing your data…</source>
        <translation>Подготовка данных…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your data was not saved. Click &quot;Download Your Data…&quot; again to save it: the copy is kept until you sign out.</source>
        <translation>Данные не сохранены. Чтобы сохранить их, снова нажмите «Скачать мои данные…»: копия хранится до выхода из аккаунта.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your data could not be saved to %1: %2. Click &quot;Download Your Data…&quot; again to choose another place.</source>
        <extracomment>%1 is the file, %2 the system&apos;s reason (&quot;Permission denied&quot;)</extracomment>
        <translation>Не удалось сохранить данные в файл %1: %2. Снова нажмите «Скачать мои данные…», чтобы выбрать другое место.</translation>
    </message>
</context>
<context>
    <name>DeleteAccountWizard</name>
    <message>
        <location filename="../ui/account/DeleteAccountWizard.ui" line="+11"/>
        <source>Delete your account</source>
        <translation>Удаление аккаунта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please read this before you go on.</source>
        <translation>Прочитайте это, прежде чем продолжить.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;p&gt;Deleting the account erases it on the server for good:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;its email address, phone number and password;&lt;/li&gt;&lt;li&gt;every device bound to it is signed out and unbound;&lt;/li&gt;&lt;li&gt;it can no longer be signed in to or recovered.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;First unbind your other devices (phones, bands, scales…). Then a code to your email or phone and your password confirm that it is you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Аккаунт будет навсегда удалён с сервера:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;его адрес электронной почты, номер телефона и пароль будут стёрты;&lt;/li&gt;&lt;li&gt;на всех привязанных устройствах будет выполнен выход, и они будут отвязаны;&lt;/li&gt;&lt;li&gt;войти в аккаунт или восстановить его будет нельзя.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Сначала отвяжите другие устройства (телефоны, браслеты, весы…). Затем подтвердите, что это вы: кодом из письма или SMS и паролем.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../ui/account/DeleteAccountWizard.cpp" line="+46"/>
        <source>Delete Account</source>
        <translation>Удаление аккаунта</translation>
    </message>
    <message>
        <location filename="../ui/account/DeleteAccountWizard.cpp" line="-3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/account/DeleteAccountWizard.ui" line="+38"/>
        <source>Confirm that it is you</source>
        <translation>Подтвердите, что это вы</translation>
    </message>
    <message>
        <location filename="../ui/account/DeleteAccountWizard.cpp" line="+2"/>
        <source>Confirm</source>
        <extracomment>The code page&apos;s button (the guide&apos;s «Подтвердить»)</extracomment>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../ui/account/DeleteAccountWizard.ui" line="+26"/>
        <source>Account deleted</source>
        <translation>Аккаунт удалён</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your account has two-step verification on.</source>
        <extracomment>Subtitle of the two-step code page when the account is being deleted</extracomment>
        <translation>Для вашего аккаунта включена двухэтапная проверка.</translation>
    </message>
    <message>
        <location filename="../ui/account/DeleteAccountWizard.cpp" line="+45"/>
        <source>Your account has been deleted and this computer signed out. A confirmation has been sent to you.</source>
        <translation>Ваш аккаунт удалён, выход на этом компьютере выполнен. Вам отправлено подтверждение.</translation>
    </message>
</context>
<context>
    <name>DeletionConfirmPage</name>
    <message>
        <location filename="../ui/account/DeletionConfirmPage.cpp" line="+39"/>
        <source>Delete your account for good</source>
        <translation>Удалить аккаунт навсегда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm with your account password.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>Подтвердите паролем аккаунта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Account</source>
        <extracomment>The commit button of the deletion wizard</extracomment>
        <translation>Удалить аккаунт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I understand that this cannot be undone</source>
        <extracomment>Kept short: a checkbox&apos;s text does not wrap</extracomment>
        <translation>Я понимаю, что это нельзя отменить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account %1, its email address, phone number and password are erased, and every device is signed out. A confirmation is sent to you.</source>
        <extracomment>%1 is the account ID</extracomment>
        <translation>Аккаунт %1, его адрес электронной почты, номер телефона и пароль будут стёрты, на всех устройствах будет выполнен выход. Вам придёт подтверждение.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Deleting the account…</source>
        <translation>Удаление аккаунта…</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <location filename="../ui/devices/DeviceRow.cpp" line="+62"/>
        <source>%1 (this computer)</source>
        <translation>%1 (этот компьютер)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bound since %1</source>
        <extracomment>Tooltip of a device row: when it was first bound to the account; %1 is a date</extracomment>
        <translation>Дата привязки: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign Out…</source>
        <extracomment>Signs this computer out of the account; the password is asked first</extracomment>
        <translation>Выйти…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unbind…</source>
        <translation>Отвязать…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active now</source>
        <extracomment>A device that has talked to the server within the last two minutes</extracomment>
        <translation>Сейчас в сети</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last seen %n minute(s) ago</source>
        <translation>
            <numerusform>Последняя активность: %n минуту назад</numerusform>
            <numerusform>Последняя активность: %n минуты назад</numerusform>
            <numerusform>Последняя активность: %n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last seen %n hour(s) ago</source>
        <translation>
            <numerusform>Последняя активность: %n час назад</numerusform>
            <numerusform>Последняя активность: %n часа назад</numerusform>
            <numerusform>Последняя активность: %n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last seen %n day(s) ago</source>
        <translation>
            <numerusform>Последняя активность: %n день назад</numerusform>
            <numerusform>Последняя активность: %n дня назад</numerusform>
            <numerusform>Последняя активность: %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen on %1</source>
        <extracomment>%1 is a date, &quot;12 March 2026&quot;</extracomment>
        <translation>Последняя активность: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tablet</source>
        <translation>Планшет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fitness band</source>
        <extracomment>A fitness band, such as a Mi Band</extracomment>
        <translation>Фитнес-браслет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scale</source>
        <extracomment>Smart bathroom scales, such as Mi Body Composition Scale</extracomment>
        <translation>Весы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other device</source>
        <translation>Другое устройство</translation>
    </message>
</context>
<context>
    <name>DeviceUnbinder</name>
    <message>
        <location filename="../ui/devices/DeviceUnbinder.cpp" line="+25"/>
        <source>Unbind %1</source>
        <extracomment>Title of the dialog; %1 is a device&apos;s name, &quot;Mi Band 8&quot;</extracomment>
        <translation>Отвязать %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (%2) will be signed out of your account and unbound from it. To use it with your account again, sign in on it with your password.

Enter your account password to confirm that you are the owner.</source>
        <translation>На устройстве «%1» (%2) будет выполнен выход из аккаунта, и оно будет отвязано. Чтобы снова пользоваться им с этим аккаунтом, войдите на нём с паролем.

Введите пароль аккаунта, чтобы подтвердить, что вы владелец.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unbind</source>
        <extracomment>The button that unbinds the device after the password is typed</extracomment>
        <translation>Отвязать</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unbinding…</source>
        <translation>Отвязка устройства…</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../ui/devices/DevicesPage.ui" line="+66"/>
        <source>&amp;Refresh</source>
        <extracomment>Loads the list of devices again</extracomment>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Devices signed in to your account. Unbind one you no longer use or have sold: it is signed out, and only your password lets it back in.</source>
        <translation>Устройства, на которых выполнен вход в ваш аккаунт. Отвяжите то, которым больше не пользуетесь или которое продали: на нём будет выполнен выход, и войти снова можно будет только с вашим паролем.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No devices are bound to your account.</source>
        <translation>К аккаунту не привязано ни одного устройства.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sign &amp;Out on All Other Devices…</source>
        <extracomment>Ends the sessions of every other device (they stay bound); asks for the password first</extracomment>
        <translation>Выйти на всех &amp;других устройствах…</translation>
    </message>
    <message>
        <location filename="../ui/devices/DevicesPage.cpp" line="+66"/>
        <source>You have been signed out on all other devices. They stay bound: your password signs them in again.</source>
        <translation>Выход на всех других устройствах выполнен. Они остаются привязанными: войти на них снова можно с вашим паролем.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign Out on All Other Devices</source>
        <translation>Выход на всех других устройствах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every other phone, tablet, band, scale and computer signed in to your account will be signed out. They stay bound to it, and your password signs them in again. Do this if you think someone else is signed in.

Enter your account password to confirm that you are the owner.</source>
        <translation>На всех других телефонах, планшетах, браслетах, весах и компьютерах, где выполнен вход в ваш аккаунт, будет выполнен выход. Они останутся привязанными к аккаунту, и войти на них снова можно с вашим паролем. Сделайте это, если подозреваете, что в аккаунт вошёл кто-то другой.

Введите пароль аккаунта, чтобы подтвердить, что вы его владелец.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign Out</source>
        <extracomment>The button that signs out the other devices after the password is typed</extracomment>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing out the other devices…</source>
        <translation>Выход на других устройствах…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading devices…</source>
        <translation>Загрузка устройств…</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../ui/DiagnosticsDialog.cpp" line="+67"/>
        <source>&amp;Run Again</source>
        <extracomment>Runs the diagnostics checks once more</extracomment>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Report</source>
        <translation>&amp;Копировать отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <location filename="../ui/DiagnosticsDialog.ui" line="+15"/>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If support asks for it, send them this report: it holds no password, code or token, and email addresses and phone numbers in it are masked.</source>
        <translation>Если служба поддержки попросит, отправьте ей этот отчёт: в нём нет паролей, кодов и токенов, а адреса электронной почты и номера телефонов скрыты.</translation>
    </message>
    <message>
        <location filename="../ui/DiagnosticsDialog.cpp" line="+10"/>
        <source>Checking the connection to the server, the keychain and your accounts…</source>
        <translation>Проверка связи с сервером, хранилища паролей и ваших аккаунтов…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running the checks…</source>
        <translation>Выполнение проверок…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Everything works: the server answers, its certificate is trusted and the keychain can be used.</source>
        <translation>Всё работает: сервер отвечает, его сертификату можно доверять, хранилище паролей доступно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem was found:</source>
        <extracomment>Above the first problem the checks found; the report below has the details for support</extracomment>
        <translation>Обнаружена проблема:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report has been copied. Paste it into your message to support.</source>
        <translation>Отчёт скопирован. Вставьте его в сообщение для службы поддержки.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <extracomment>File type filter in the save dialog</extracomment>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report could not be saved to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Не удалось сохранить отчёт в %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report has been saved to %1.</source>
        <translation>Отчёт сохранён в %1.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <location filename="../core/protocol/ErrorCode.cpp" line="+12"/>
        <source>The request could not be read.</source>
        <translation>Не удалось прочитать запрос.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A required field is empty.</source>
        <translation>Не заполнено обязательное поле.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field has a value that is not allowed.</source>
        <translation>В поле указано недопустимое значение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>The request was too large.</source>
        <translation>Слишком большой запрос.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>The server does not know this request.</source>
        <translation>Сервер не поддерживает этот запрос.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not signed in, or your session has ended. Please sign in again.</source>
        <translation>Вы не вошли в аккаунт или сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Срок действия сеанса истёк. Войдите снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please type the characters from the picture to continue.</source>
        <translation>Чтобы продолжить, введите символы с картинки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The characters did not match the picture. Please try a new picture.</source>
        <translation>Символы не совпадают с картинкой. Попробуйте новую картинку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many failed attempts. Signing in to this account is blocked for a while.</source>
        <translation>Слишком много неудачных попыток. Вход в этот аккаунт временно заблокирован.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session was ended for your safety. Please sign in again.</source>
        <translation>Сеанс завершён в целях безопасности. Войдите снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Слишком много запросов. Подождите немного и повторите попытку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong on the server. Please try again later.</source>
        <translation>На сервере произошла ошибка. Повторите попытку позже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the server failed.</source>
        <translation>Не удалось подключиться к серверу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. Check your internet connection and the server address.</source>
        <translation>Сервер недоступен. Проверьте подключение к интернету и адрес сервера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server took too long to answer. Please try again.</source>
        <translation>Сервер слишком долго не отвечает. Повторите попытку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted, so the connection was not made. Your data was not sent.</source>
        <translation>Сертификат сервера не является доверенным, поэтому соединение не установлено. Ваши данные не отправлены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secure connection to the server could not be made.</source>
        <translation>Не удалось установить защищённое соединение с сервером.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server sent an answer this app does not understand.</source>
        <translation>Сервер прислал ответ, который приложение не может разобрать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain is available, so you cannot stay signed in safely. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>Системное хранилище паролей недоступно, поэтому безопасно сохранить вход нельзя. В Linux установите и разблокируйте хранилище паролей с поддержкой Secret Service (GNOME Keyring или KWallet) и повторите попытку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system keychain refused to store or read your sign-in.</source>
        <translation>Системное хранилище паролей не позволило сохранить или прочитать данные входа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not signed in.</source>
        <translation>Вы не вошли в аккаунт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account with this email or phone number already exists. Sign in to it, or recover its password.</source>
        <translation>Аккаунт с этой электронной почтой или номером телефона уже существует. Войдите в него или восстановите пароль.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid email address.</source>
        <translation>Неверный адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid phone number for the selected country.</source>
        <translation>Неверный номер телефона для выбранной страны.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This password does not meet the requirements.</source>
        <translation>Пароль не соответствует требованиям.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code is not correct.</source>
        <translation>Неверный код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code has expired. Please request a new one.</source>
        <translation>Срок действия кода истёк. Запросите новый код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong codes. Please request a new code.</source>
        <translation>Слишком много неверных кодов. Запросите новый код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please wait before requesting another code.</source>
        <translation>Подождите, прежде чем запрашивать код повторно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many codes were sent to this address. Please try again later.</source>
        <translation>На этот адрес отправлено слишком много кодов. Повторите попытку позже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sign-up has expired. Please start again.</source>
        <translation>Время на регистрацию истекло. Начните заново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter the code we sent you first.</source>
        <translation>Сначала введите отправленный вам код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code could not be sent. Please check the address and try again later.</source>
        <translation>Не удалось отправить код. Проверьте адрес и повторите попытку позже.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This confirmation has expired. Please ask for a new code.</source>
        <translation>Срок действия подтверждения истёк. Запросите новый код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This password reset has expired. Please start again.</source>
        <translation>Срок восстановления пароля истёк. Начните заново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is not correct.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is no longer bound to your account.</source>
        <translation>Это устройство больше не привязано к вашему аккаунту.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unbind your other devices first: phones, tablets, bands, scales and computers still use this account.</source>
        <translation>Сначала отвяжите другие устройства: телефоны, планшеты, браслеты, весы и компьютеры ещё используют этот аккаунт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a new device for your account. Enter the code we sent you to confirm it is you.</source>
        <translation>Это новое устройство для вашего аккаунта. Введите код, который мы вам отправили, чтобы подтвердить, что это вы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-step verification is on for this account. Enter the code from your authenticator app or a backup code.</source>
        <translation>Для этого аккаунта включена двухэтапная проверка. Введите код из приложения-аутентификатора или резервный код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-step verification is already on for this account.</source>
        <translation>Двухэтапная проверка для этого аккаунта уже включена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-step verification is not on for this account.</source>
        <translation>Двухэтапная проверка для этого аккаунта не включена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection through the proxy server failed: the proxy cannot be reached, refused the connection, or cannot reach the account server. Check the proxy in Settings → Network.</source>
        <translation>Не удалось подключиться через прокси-сервер: он недоступен, отклонил соединение или не может связаться с сервером аккаунтов. Проверьте прокси в меню «Настройки → Сеть».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy server did not accept the user name and password. Check them in Settings → Network.</source>
        <translation>Прокси-сервер не принял имя пользователя и пароль. Проверьте их в меню «Настройки → Сеть».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This captcha has expired. Please get a new one.</source>
        <translation>Срок действия капчи истёк. Получите новую.</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../ui/widgets/ErrorLabel.cpp" line="+92"/>
        <source>Reference: %1</source>
        <extracomment>Shown under an error message; %1 is the error code and request ID, e.g. &quot;E-LOGIN-FAILED · 3f2a9c&quot;</extracomment>
        <translation>Код для поддержки: %1</translation>
    </message>
</context>
<context>
    <name>FlowWizard</name>
    <message>
        <location filename="../ui/widgets/FlowWizard.cpp" line="+43"/>
        <source>Sending a new code…</source>
        <translation>Отправка нового кода…</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Discard what you typed?</source>
        <translation>Отменить введённое?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you close this window now, what you entered here is lost.</source>
        <translation>Если закрыть это окно сейчас, всё, что вы здесь ввели, будет потеряно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <extracomment>Closes the window and loses what was typed in it</extracomment>
        <translation>&amp;Отменить ввод</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep Editing</source>
        <extracomment>Goes back to the window, keeping what was typed</extracomment>
        <translation>&amp;Продолжить ввод</translation>
    </message>
</context>
<context>
    <name>LoginIdentifierEdit</name>
    <message>
        <location filename="../ui/widgets/LoginIdentifierEdit.cpp" line="+90"/>
        <source>E&amp;mail</source>
        <extracomment>Sign-in method; its accelerator must differ from those of the field labels under it</extracomment>
        <translation>Элект&amp;ронная почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ph&amp;one number</source>
        <extracomment>Sign-in method; its accelerator must differ from those of the field labels under it</extracomment>
        <translation>Н&amp;омер телефона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account I&amp;D</source>
        <extracomment>Sign-in method; its accelerator must differ from those of the field labels under it</extracomment>
        <translation>ID акка&amp;унта</translation>
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
        <translation>Например, 1234567890</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Email address</source>
        <translation>&amp;Электронная почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hone number</source>
        <translation>Номер &amp;телефона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;ID</source>
        <translation>ID &amp;аккаунта</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Enter your email address.</source>
        <translation>Введите адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid email address. Check it for typos.</source>
        <translation>Неверный адрес электронной почты. Проверьте, нет ли в нём опечаток.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a valid phone number for the country code %1. Check the number and the code.</source>
        <extracomment>%1 is the calling code the user picked, e.g. &quot;+7&quot;</extracomment>
        <translation>Номер телефона не подходит для кода страны %1. Проверьте номер и код.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your account ID.</source>
        <translation>Введите ID аккаунта.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account ID consists of digits only.</source>
        <translation>ID аккаунта состоит только из цифр.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>An account ID has at most %n digit(s).</source>
        <extracomment>%n is the most digits an account ID can have (18)</extracomment>
        <translation>
            <numerusform>ID аккаунта содержит не больше %n цифры.</numerusform>
            <numerusform>ID аккаунта содержит не больше %n цифр.</numerusform>
            <numerusform>ID аккаунта содержит не больше %n цифр.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../ui/signin/LoginPage.ui" line="+113"/>
        <source>No account? &amp;Create one</source>
        <extracomment>On the sign-in page, for people who have no account yet</extracomment>
        <translation>Нет аккаунта? &amp;Создать аккаунт</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Forgot password?</source>
        <extracomment>Under the password on the sign-in page (the guide&apos;s «Забыли пароль?»)</extracomment>
        <translation>&amp;Забыли пароль?</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Sign in to your account</source>
        <translation>Вход в аккаунт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the email address, phone number or account ID of your account, and its password.</source>
        <translation>Укажите электронную почту, номер телефона или ID аккаунта и пароль.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in with:</source>
        <translation>Войти с помощью:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../ui/signin/LoginPage.cpp" line="+77"/>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Signing in…</source>
        <translation>Вход в аккаунт…</translation>
    </message>
</context>
<context>
    <name>LoginWizard</name>
    <message>
        <location filename="../ui/signin/LoginWizard.ui" line="+7"/>
        <location filename="../ui/signin/LoginWizard.cpp" line="+72"/>
        <source>Sign In</source>
        <extracomment>The button that sends the login and password</extracomment>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm that it is you</source>
        <translation>Подтвердите, что это вы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer is new to your account. To keep it safe, type the code we sent to you.</source>
        <extracomment>Shown above the code field when the account is signed in to from a computer it has not seen</extracomment>
        <translation>Вы входите в аккаунт с нового компьютера. Для защиты аккаунта введите код, который мы вам отправили.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+176"/>
        <source>Emails and SMS from the account keep their language: %1</source>
        <translation>Письма и SMS аккаунта пока приходят на прежнем языке: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account Manager</source>
        <translation>Менеджер аккаунтов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <extracomment>The menu with the app&apos;s settings: its language, the network (proxy)</extracomment>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Network…</source>
        <extracomment>Opens the proxy settings</extracomment>
        <translation>Се&amp;ть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System Default</source>
        <extracomment>The language menu&apos;s entry that follows the language of the system</extracomment>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Diagnostics…</source>
        <extracomment>Opens the connection and keychain checks, with a report for support</extracomment>
        <translation>&amp;Диагностика…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Account Manager</source>
        <translation>&amp;О программе «Менеджер аккаунтов»</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+37"/>
        <location line="+189"/>
        <location line="+3"/>
        <source>Signing you in…</source>
        <translation>Вход в аккаунт…</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>You are signed out on this computer. The server could not be told, so the session there ends by itself when it expires.</source>
        <translation>Вы вышли из аккаунта на этом компьютере. Сообщить об этом серверу не удалось, поэтому сеанс на сервере завершится сам, когда истечёт его срок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your account has been deleted.</source>
        <translation>Ваш аккаунт удалён.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have signed out. Your other accounts stay signed in: choose one in the Accounts menu.</source>
        <translation>Вы вышли из аккаунта. В остальные аккаунты вход сохранён: выберите один из них в меню «Аккаунты».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have signed out.</source>
        <translation>Вы вышли из аккаунта.</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>About Account Manager</source>
        <translation>О программе «Менеджер аккаунтов»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Account Manager %1&lt;/h3&gt;&lt;p&gt;Sign in to your account and look after it from this computer.&lt;/p&gt;</source>
        <extracomment>%1 is the version number, e.g. 0.1.0</extracomment>
        <translation>&lt;h3&gt;Менеджер аккаунтов %1&lt;/h3&gt;&lt;p&gt;Вход в аккаунт и управление им с этого компьютера.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Licensed under the Apache License, version 2.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Распространяется по лицензии Apache версии 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <location filename="../ui/settings/NetworkSettingsDialog.ui" line="+7"/>
        <source>Network Settings</source>
        <translation>Настройки сети</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How Account Manager reaches the account server. Where the service cannot be reached directly, a proxy or VPN gets you there.</source>
        <translation>Как Менеджер аккаунтов подключается к серверу аккаунтов. Если сервис недоступен напрямую, подключиться поможет прокси-сервер или VPN.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>&amp;Системные настройки прокси</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;No proxy: connect directly</source>
        <translation>&amp;Без прокси: подключаться напрямую</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manual proxy:</source>
        <translation>&amp;Прокси вручную:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Type:</source>
        <extracomment>Label of the proxy kind: HTTP or SOCKS5</extracomment>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Host:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional</source>
        <extracomment>Placeholder: the proxy may need no login</extracomment>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The password is kept in the system&apos;s keychain, never in a settings file.</source>
        <translation>Пароль хранится в системном хранилище паролей и никогда — в файле настроек.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Proxy host</source>
        <translation>Адрес прокси-сервера</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Proxy port</source>
        <translation>Порт прокси-сервера</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Proxy user name</source>
        <translation>Имя пользователя прокси-сервера</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Proxy password</source>
        <translation>Пароль прокси-сервера</translation>
    </message>
    <message>
        <location filename="../ui/settings/NetworkSettingsDialog.cpp" line="+89"/>
        <source>OK</source>
        <extracomment>The button that saves the network settings and closes the dialog</extracomment>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Введите имя или адрес прокси-сервера.</translation>
    </message>
</context>
<context>
    <name>NewPasswordPage</name>
    <message>
        <location filename="../ui/widgets/NewPasswordPage.ui" line="+7"/>
        <source>Create a password</source>
        <translation>Придумайте пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will sign in with it on this computer and on your other devices.</source>
        <translation>С ним вы будете входить в аккаунт на этом компьютере и на других устройствах.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New password</source>
        <translation>Н&amp;овый пароль</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Повторите пароль</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Password strength</source>
        <translation>Надёжность пароля</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Strength:</source>
        <extracomment>Before the strength meter: &quot;Strength: Weak&quot;</extracomment>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/NewPasswordPage.cpp" line="+122"/>
        <source>Met: %1</source>
        <translation>Выполнено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met yet: %1</source>
        <translation>Пока не выполнено: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>None yet</source>
        <extracomment>The strength label while no password is typed</extracomment>
        <translation>Пароль не введён</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Required: %1.</source>
        <extracomment>After &quot;This password does not meet the requirements.&quot;; %1 lists the rules it breaks</extracomment>
        <translation>Требуется: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Saving the password…</source>
        <translation>Сохранение пароля…</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Enter a password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password does not meet every rule in the list below yet.</source>
        <translation>Пароль пока не соответствует всем правилам из списка ниже.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat the password.</source>
        <translation>Повторите пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PasswordChangeWizard</name>
    <message>
        <location filename="../ui/account/PasswordChangeWizard.ui" line="+7"/>
        <location filename="../ui/account/PasswordChangeWizard.cpp" line="+39"/>
        <source>Change Password</source>
        <translation>Изменить пароль</translation>
    </message>
    <message>
        <location filename="../ui/account/PasswordChangeWizard.cpp" line="-3"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../ui/account/PasswordChangeWizard.ui" line="+4"/>
        <source>Change password</source>
        <translation>Изменение пароля</translation>
    </message>
    <message>
        <location filename="../ui/account/PasswordChangeWizard.cpp" line="+2"/>
        <source>Confirm</source>
        <extracomment>The code page&apos;s button (the guide&apos;s «Подтвердить»)</extracomment>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../ui/account/PasswordChangeWizard.ui" line="+13"/>
        <source>Choose a new password</source>
        <translation>Придумайте новый пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your other devices will be signed out; this computer stays signed in.</source>
        <translation>На других устройствах будет выполнен выход, а на этом компьютере вход сохранится.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <location filename="../ui/account/PasswordChangeWizard.cpp" line="+14"/>
        <source>Changing the password…</source>
        <translation>Изменение пароля…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Password changed. Other devices were signed out. This computer could not store the new sign-in, so it will ask for the new password next time.</source>
        <translation>Пароль изменён. На других устройствах выполнен выход. На этом компьютере не удалось сохранить новый вход, поэтому в следующий раз потребуется ввести новый пароль.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password changed. Other devices were signed out. You stay signed in on this computer.</source>
        <translation>Пароль изменён. На других устройствах выполнен выход. На этом компьютере вход сохранён.</translation>
    </message>
</context>
<context>
    <name>PasswordConfirmDialog</name>
    <message>
        <location filename="../ui/widgets/PasswordConfirmDialog.ui" line="+48"/>
        <source>Account password</source>
        <extracomment>Placeholder of the password field in a confirmation dialog</extracomment>
        <translation>Пароль аккаунта</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Password:</source>
        <extracomment>Above the password field of a confirmation dialog</extracomment>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <location filename="../ui/widgets/PasswordEdit.cpp" line="+45"/>
        <source>Hide password</source>
        <translation>Скрыть пароль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show password</source>
        <translation>Показать пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caps Lock is on</source>
        <extracomment>Shown in a password field while Caps Lock is on</extracomment>
        <translation>Включён Caps Lock</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <location filename="../core/validation/PasswordPolicy.cpp" line="+68"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>Не менее %n символа</numerusform>
            <numerusform>Не менее %n символов</numerusform>
            <numerusform>Не менее %n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At most %n characters</source>
        <translation>
            <numerusform>Не более %n символа</numerusform>
            <numerusform>Не более %n символов</numerusform>
            <numerusform>Не более %n символов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least one Latin letter</source>
        <extracomment>Latin letters: a-z, A-Z</extracomment>
        <translation>Хотя бы одна латинская буква</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one digit</source>
        <translation>Хотя бы одна цифра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not the same as your email, phone number or account ID</source>
        <translation>Не совпадает с электронной почтой, номером телефона или ID аккаунта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a commonly used password</source>
        <translation>Не входит в число распространённых паролей</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <location filename="../core/validation/PasswordStrength.cpp" line="+38"/>
        <source>Very weak</source>
        <translation>Очень слабый</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak</source>
        <translation>Слабый</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <translation>Надёжный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Very strong</source>
        <translation>Очень надёжный</translation>
    </message>
</context>
<context>
    <name>PasswordSubmitPage</name>
    <message>
        <location filename="../ui/widgets/PasswordSubmitPage.cpp" line="+27"/>
        <source>Account &amp;password:</source>
        <translation>&amp;Пароль аккаунта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account password</source>
        <translation>Пароль аккаунта</translation>
    </message>
</context>
<context>
    <name>PhoneNumberEdit</name>
    <message>
        <location filename="../ui/widgets/PhoneNumberEdit.cpp" line="+44"/>
        <location line="+3"/>
        <source>Country code</source>
        <translation>Код страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number without the country code</source>
        <translation>Номер телефона без кода страны</translation>
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
        <translation>Забыли пароль?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which account is it?</source>
        <extracomment>Subtitle of the recovery&apos;s first page (the title asks &quot;Forgot your password?&quot;)</extracomment>
        <translation>О каком аккаунте речь?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the email address, phone number or account ID of your account. We will send a code to confirm that it is yours.</source>
        <translation>Укажите электронную почту, номер телефона или ID аккаунта. Мы отправим код, чтобы подтвердить, что аккаунт ваш.</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryLoginPage.cpp" line="+22"/>
        <source>Checking the details…</source>
        <translation>Проверка данных…</translation>
    </message>
</context>
<context>
    <name>RecoveryWizard</name>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.ui" line="+7"/>
        <source>Reset Password</source>
        <translation>Восстановление пароля</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.cpp" line="+50"/>
        <source>Close</source>
        <extracomment>Closes the recovery wizard once the password is reset</extracomment>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.ui" line="+4"/>
        <source>Reset your password</source>
        <translation>Восстановление пароля</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.cpp" line="+2"/>
        <source>Confirm</source>
        <extracomment>The code page&apos;s button (the guide&apos;s «Подтвердить»)</extracomment>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.ui" line="+13"/>
        <source>Choose a new password</source>
        <translation>Придумайте новый пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every device signed in to the account will be signed out.</source>
        <translation>На всех устройствах, где выполнен вход в аккаунт, будет выполнен выход.</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.cpp" line="+2"/>
        <location line="+1"/>
        <source>Change Password</source>
        <extracomment>The button on the new password page of the recovery</extracomment>
        <translation>Изменить пароль</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.ui" line="+8"/>
        <source>Your account has two-step verification on.</source>
        <extracomment>Subtitle of the two-step code page when a password is reset</extracomment>
        <translation>Для вашего аккаунта включена двухэтапная проверка.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <location filename="../ui/recovery/RecoveryWizard.cpp" line="+1"/>
        <source>Your password was changed and every device was signed out. Sign in with the new password.</source>
        <translation>Пароль изменён, на всех устройствах выполнен выход. Войдите с новым паролем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Changing the password…</source>
        <translation>Изменение пароля…</translation>
    </message>
</context>
<context>
    <name>RegistrationDetailsPage</name>
    <message>
        <location filename="../ui/registration/RegistrationDetailsPage.ui" line="+82"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forgot password?</source>
        <translation>Забыли пароль?</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stay up to date with news and &amp;offers</source>
        <extracomment>The opt-in checkbox for marketing email or SMS</extracomment>
        <translation>Получать новости и специальные &amp;предложения</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Create an account</source>
        <translation>Создать аккаунт</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Country or &amp;region</source>
        <translation>Страна или &amp;регион</translation>
    </message>
    <message>
        <location filename="../ui/registration/RegistrationDetailsPage.cpp" line="+95"/>
        <source>&amp;Email address</source>
        <translation>&amp;Электронная почта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;hone number</source>
        <translation>Номер &amp;телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We will send a code and a link to this address to confirm that it is yours.</source>
        <translation>Мы отправим на этот адрес код и ссылку, чтобы подтвердить, что он ваш.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We will send a code by SMS to this number to confirm that it is yours.</source>
        <translation>Мы отправим на этот номер SMS с кодом, чтобы подтвердить, что он ваш.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Enter your email address.</source>
        <translation>Введите адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid email address. Check it for typos.</source>
        <translation>Неверный адрес электронной почты. Проверьте, нет ли в нём опечаток.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a valid phone number for the country code %1. Check the number and the code.</source>
        <extracomment>%1 is the calling code the user picked, e.g. &quot;+7&quot;</extracomment>
        <translation>Номер телефона не подходит для кода страны %1. Проверьте номер и код.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Sending the code…</source>
        <translation>Отправка кода…</translation>
    </message>
</context>
<context>
    <name>RegistrationDonePage</name>
    <message>
        <location filename="../ui/registration/RegistrationDonePage.cpp" line="+50"/>
        <source>Your account is ready</source>
        <translation>Аккаунт создан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account ID:</source>
        <translation>Ваш ID аккаунта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can sign in with it too, as well as with your email address or phone number. Note it down somewhere safe.</source>
        <translation>По нему тоже можно входить в аккаунт — так же, как по адресу электронной почты или номеру телефона. Запишите его и храните в надёжном месте.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your account ID: %1</source>
        <translation>Ваш ID аккаунта: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in to it on this computer.</source>
        <translation>Вы вошли в него на этом компьютере.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your account has been created, but this computer could not keep you signed in. Sign in with your account ID and password.</source>
        <translation>Аккаунт создан, но сохранить вход на этом компьютере не удалось. Войдите, указав ID аккаунта и пароль.</translation>
    </message>
</context>
<context>
    <name>RegistrationMethodPage</name>
    <message>
        <location filename="../ui/registration/RegistrationMethodPage.cpp" line="+55"/>
        <source>Create an account</source>
        <translation>Создать аккаунт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One account for all your devices. How would you like to sign up?</source>
        <translation>Один аккаунт для всех ваших устройств. Как вы хотите зарегистрироваться?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Электронная почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We send a code and a link to your email address.</source>
        <translation>Мы отправим код и ссылку на ваш адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone number</source>
        <translation>Номер &amp;телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We send a code to your phone by SMS.</source>
        <translation>Мы отправим SMS с кодом на ваш телефон.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whichever you choose, you can also sign in with your account ID, which you get at the end.</source>
        <translation>Что бы вы ни выбрали, входить можно будет и по ID аккаунта — вы получите его в конце регистрации.</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <location filename="../ui/registration/RegistrationWizard.ui" line="+7"/>
        <location filename="../ui/registration/RegistrationWizard.cpp" line="+68"/>
        <source>Create Account</source>
        <extracomment>The button on the password page that creates the account</extracomment>
        <translation>Создать аккаунт</translation>
    </message>
    <message>
        <location filename="../ui/registration/RegistrationWizard.cpp" line="-3"/>
        <source>Done</source>
        <extracomment>The button that closes the wizard once the account exists</extracomment>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Confirm your email address</source>
        <translation>Подтвердите адрес электронной почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm your phone number</source>
        <translation>Подтвердите номер телефона</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Creating your account…</source>
        <translation>Создание аккаунта…</translation>
    </message>
</context>
<context>
    <name>SendCodePage</name>
    <message>
        <location filename="../ui/widgets/SendCodePage.ui" line="+17"/>
        <source>Where should we send the verification code?</source>
        <translation>Куда отправить проверочный код?</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>A code confirms that it is you who asks.</source>
        <translation>Код подтвердит, что это действительно вы.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/SendCodePage.cpp" line="+43"/>
        <source>Send</source>
        <extracomment>The button that sends a verification code (the guide&apos;s «Отправить»)</extracomment>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone number %1</source>
        <translation>Номер телефона %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email address %1</source>
        <translation>Электронная почта %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We will send a code by SMS to your phone number %1.</source>
        <translation>Мы отправим код в SMS на ваш номер телефона %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We will send a code to your email address %1.</source>
        <translation>Мы отправим код на вашу электронную почту %1.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Sending the code…</source>
        <translation>Отправка кода…</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <location filename="../ui/account/SignOutDialog.cpp" line="+24"/>
        <source>Also remove this account&apos;s &amp;data from this computer</source>
        <translation>Также удалить &amp;данные аккаунта с этого компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign Out</source>
        <translation>Выход из аккаунта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out of account %1 on this computer? It is unbound from the account; your other devices stay signed in.

Enter your account password to confirm that you are the owner.</source>
        <extracomment>%1 is the account ID</extracomment>
        <translation>Выйти из аккаунта %1 на этом компьютере? Компьютер будет отвязан от аккаунта; на остальных устройствах вход сохранится.

Введите пароль аккаунта, чтобы подтвердить, что вы владелец.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without it, the account stays in the account list, so signing in again is quicker. Nothing secret is kept either way.</source>
        <translation>Без этой отметки аккаунт останется в списке аккаунтов, и войти снова будет быстрее. Секретные данные не сохраняются в любом случае.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign Out</source>
        <comment>button</comment>
        <extracomment>The button that signs out after the password is typed</extracomment>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing out…</source>
        <translation>Выход из аккаунта…</translation>
    </message>
</context>
<context>
    <name>TwoStepCodePage</name>
    <message>
        <location filename="../ui/twostep/TwoStepCodePage.cpp" line="+38"/>
        <source>Checking the code…</source>
        <translation>Проверка кода…</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepCodePage.ui" line="+7"/>
        <source>Two-step verification</source>
        <translation>Двухэтапная проверка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm that it is you with a second step.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>Второй шаг подтверждает, что это вы.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Co&amp;de</source>
        <extracomment>Label of the field for the code the authenticator app shows</extracomment>
        <translation>К&amp;од</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Code from the authenticator app</source>
        <translation>Код из приложения-аутентификатора</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup co&amp;de</source>
        <translation>Резервный к&amp;од</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backup code</source>
        <translation>Резервный код</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepCodePage.cpp" line="+47"/>
        <source>Enter one of the backup codes you saved when you turned on two-step verification. Each of them works once.</source>
        <translation>Введите один из резервных кодов, которые вы сохранили при включении двухэтапной проверки. Каждый из них действует один раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use the code from the app</source>
        <extracomment>Switches the two-step page back from a backup code to the app&apos;s code</extracomment>
        <translation>&amp;Использовать код из приложения</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open your authenticator app and enter the %n-digit code it shows for this account.</source>
        <translation>
            <numerusform>Откройте приложение-аутентификатор и введите %n-значный код, который оно показывает для этого аккаунта.</numerusform>
            <numerusform>Откройте приложение-аутентификатор и введите %n-значный код, который оно показывает для этого аккаунта.</numerusform>
            <numerusform>Откройте приложение-аутентификатор и введите %n-значный код, который оно показывает для этого аккаунта.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use a backup code</source>
        <extracomment>For when the phone with the authenticator app is not at hand</extracomment>
        <translation>&amp;Использовать резервный код</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Enter one of your backup codes.</source>
        <translation>Введите один из резервных кодов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the code from your authenticator app.</source>
        <translation>Введите код из приложения-аутентификатора.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The code has %n digits.</source>
        <translation>
            <numerusform>Код состоит из %n цифры.</numerusform>
            <numerusform>Код состоит из %n цифр.</numerusform>
            <numerusform>Код состоит из %n цифр.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The code you entered was not accepted.</source>
        <translation>Введённый код не принят.</translation>
    </message>
</context>
<context>
    <name>TwoStepDisableDialog</name>
    <message>
        <location filename="../ui/twostep/TwoStepDisableDialog.cpp" line="+47"/>
        <source>Turn Off Two-Step Verification</source>
        <translation>Отключение двухэтапной проверки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in will ask for your password only. To confirm that you are the owner, enter your account password and a code from your authenticator app or one of your backup codes.</source>
        <translation>При входе будет запрашиваться только пароль. Чтобы подтвердить, что вы владелец, введите пароль аккаунта и код из приложения-аутентификатора или один из резервных кодов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code from the app, or a backup code:</source>
        <translation>&amp;Код из приложения или резервный код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code from the authenticator app or backup code</source>
        <translation>Код из приложения-аутентификатора или резервный код</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn Off</source>
        <comment>button</comment>
        <extracomment>The button that switches two-step verification off</extracomment>
        <translation>Отключить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter a code from your authenticator app or a backup code.</source>
        <translation>Введите код из приложения-аутентификатора или резервный код.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Turning off two-step verification…</source>
        <translation>Отключение двухэтапной проверки…</translation>
    </message>
</context>
<context>
    <name>TwoStepPasswordPage</name>
    <message>
        <location filename="../ui/twostep/TwoStepPasswordPage.cpp" line="+19"/>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepPasswordPage.ui" line="+7"/>
        <source>Turn on two-step verification</source>
        <translation>Включение двухэтапной проверки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stolen password alone will no longer get anyone in.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>С одним лишь украденным паролем войти будет нельзя.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With two-step verification on, signing in asks for your password and then for a code from an authenticator app on your phone. The code changes every 30 seconds, so someone who learns your password still cannot sign in.

You need a phone with an authenticator app. Enter your account password to begin.</source>
        <translation>С двухэтапной проверкой при входе запрашивается пароль, а затем код из приложения-аутентификатора на вашем телефоне. Код меняется каждые 30 секунд, поэтому тот, кто узнал ваш пароль, всё равно не сможет войти.

Вам понадобится телефон с приложением-аутентификатором. Чтобы начать, введите пароль аккаунта.</translation>
    </message>
</context>
<context>
    <name>TwoStepQrPage</name>
    <message>
        <location filename="../ui/twostep/TwoStepQrPage.ui" line="+7"/>
        <source>Add the account to your authenticator app</source>
        <translation>Добавьте аккаунт в приложение-аутентификатор</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the QR code with the app on your phone.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>Отсканируйте QR-код приложением на телефоне.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any authenticator app for time-based codes (TOTP) works, for example Google Authenticator, Microsoft Authenticator, FreeOTP or Aegis. In the app, add an account and scan this code.</source>
        <translation>Подойдёт любое приложение-аутентификатор для кодов по времени (TOTP), например Google Authenticator, Microsoft Authenticator, FreeOTP или Aegis. В приложении добавьте аккаунт и отсканируйте этот код.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot scan it? Enter this &amp;key in the app by hand:</source>
        <translation>Не получается отсканировать? Введите этот &amp;ключ в приложении вручную:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Co&amp;py Key</source>
        <translation>Ско&amp;пировать ключ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copied.</source>
        <translation>Скопировано.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>QR code for the authenticator app</source>
        <translation>QR-код для приложения-аутентификатора</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Key for the authenticator app</source>
        <translation>Ключ для приложения-аутентификатора</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/twostep/TwoStepQrPage.cpp" line="+62"/>
        <source>If the app asks: time-based codes of %n digits.</source>
        <extracomment>How the app must be set up when the key is typed in by hand</extracomment>
        <translation>
            <numerusform>Если приложение спросит: коды по времени, %n цифра.</numerusform>
            <numerusform>Если приложение спросит: коды по времени, %n цифры.</numerusform>
            <numerusform>Если приложение спросит: коды по времени, %n цифр.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A new code comes every %n seconds.</source>
        <translation>
            <numerusform>Новый код — каждую %n секунду.</numerusform>
            <numerusform>Новый код — каждые %n секунды.</numerusform>
            <numerusform>Новый код — каждые %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwoStepSetupWizard</name>
    <message>
        <location filename="../ui/twostep/TwoStepSetupWizard.ui" line="+7"/>
        <source>Two-Step Verification</source>
        <translation>Двухэтапная проверка</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepSetupWizard.cpp" line="+37"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepSetupWizard.ui" line="+14"/>
        <source>Enter the code from the app</source>
        <translation>Введите код из приложения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This checks that the app and the server agree.</source>
        <extracomment>Kept short: the wizard&apos;s header has room for about one line</extracomment>
        <translation>Так проверяется, что приложение и сервер согласованы.</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepSetupWizard.cpp" line="+2"/>
        <source>&amp;Turn On</source>
        <extracomment>The button that switches two-step verification on with the first code</extracomment>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepSetupWizard.ui" line="+13"/>
        <source>Two-step verification is on</source>
        <translation>Двухэтапная проверка включена</translation>
    </message>
    <message>
        <location filename="../ui/twostep/TwoStepSetupWizard.cpp" line="+2"/>
        <source>From now on, signing in to your account asks for your password and then for a code from your authenticator app, or for one of your backup codes.</source>
        <translation>Теперь при входе в аккаунт запрашивается пароль, а затем код из приложения-аутентификатора или один из резервных кодов.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.ui" line="+106"/>
        <source>Sign In</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create Account</source>
        <translation>Создать аккаунт</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try Again</source>
        <translation>Повторить попытку</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Your account</source>
        <translation>Ваш аккаунт</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One account for all your devices: phones, tablets, watches and more. Sign in with your email address, phone number or account ID to see your account on this computer. You stay signed in until you sign out. No account yet? Create one for free.</source>
        <translation>Один аккаунт для всех ваших устройств: телефонов, планшетов, часов и других. Войдите по адресу электронной почты, номеру телефона или ID аккаунта, чтобы работать с аккаунтом на этом компьютере. Вход сохраняется, пока вы не выйдете. Ещё нет аккаунта? Создайте его бесплатно.</translation>
    </message>
</context>
</TS>
