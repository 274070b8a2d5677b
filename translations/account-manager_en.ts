<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityRow</name>
    <message numerus="yes">
        <location filename="../ui/activity/ActivityRow.cpp" line="+170"/>
        <source>%n failed attempt(s) to sign in with a wrong password</source>
        <extracomment>Failed sign-ins within one hour are one event; %n is how many there were</extracomment>
        <translation>
            <numerusform>%n failed attempt to sign in with a wrong password</numerusform>
            <numerusform>%n failed attempts to sign in with a wrong password</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../core/protocol/ApiError.cpp" line="+27"/>
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>%n attempt left.</numerusform>
            <numerusform>%n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeEntryPage</name>
    <message numerus="yes">
        <location filename="../ui/widgets/CodeEntryPage.cpp" line="+256"/>
        <source>The code has %n digits.</source>
        <translation>
            <numerusform>The code has %n digit.</numerusform>
            <numerusform>The code has %n digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message numerus="yes">
        <location filename="../ui/devices/DeviceRow.cpp" line="+88"/>
        <source>Last seen %n minute(s) ago</source>
        <translation>
            <numerusform>Last seen %n minute ago</numerusform>
            <numerusform>Last seen %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last seen %n hour(s) ago</source>
        <translation>
            <numerusform>Last seen %n hour ago</numerusform>
            <numerusform>Last seen %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last seen %n day(s) ago</source>
        <translation>
            <numerusform>Last seen %n day ago</numerusform>
            <numerusform>Last seen %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginIdentifierEdit</name>
    <message numerus="yes">
        <location filename="../ui/widgets/LoginIdentifierEdit.cpp" line="+231"/>
        <source>An account ID has at most %n digit(s).</source>
        <extracomment>%n is the most digits an account ID can have (18)</extracomment>
        <translation>
            <numerusform>An account ID has at most %n digit.</numerusform>
            <numerusform>An account ID has at most %n digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <location filename="../core/validation/PasswordPolicy.cpp" line="+68"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At most %n characters</source>
        <translation>
            <numerusform>At most %n character</numerusform>
            <numerusform>At most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwoStepCodePage</name>
    <message numerus="yes">
        <location filename="../ui/twostep/TwoStepCodePage.cpp" line="+91"/>
        <source>Open your authenticator app and enter the %n-digit code it shows for this account.</source>
        <translation>
            <numerusform>Open your authenticator app and enter the %n-digit code it shows for this account.</numerusform>
            <numerusform>Open your authenticator app and enter the %n-digit code it shows for this account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>The code has %n digits.</source>
        <translation>
            <numerusform>The code has %n digit.</numerusform>
            <numerusform>The code has %n digits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwoStepQrPage</name>
    <message numerus="yes">
        <location filename="../ui/twostep/TwoStepQrPage.cpp" line="+62"/>
        <source>If the app asks: time-based codes of %n digits.</source>
        <extracomment>How the app must be set up when the key is typed in by hand</extracomment>
        <translation>
            <numerusform>If the app asks: time-based codes of %n digit.</numerusform>
            <numerusform>If the app asks: time-based codes of %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A new code comes every %n seconds.</source>
        <translation>
            <numerusform>A new code comes every second.</numerusform>
            <numerusform>A new code comes every %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
