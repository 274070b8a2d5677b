<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DeliveryMessage</name>
    <message numerus="yes">
        <location filename="../server/delivery/DeliveryMessage.cpp" line="+109"/>
        <source>Your Account Manager verification code is %1. It is valid for %n minute(s).</source>
        <extracomment>%1 is the six-digit code</extracomment>
        <translation>
            <numerusform>Your Account Manager verification code is %1. It is valid for %n minute.</numerusform>
            <numerusform>Your Account Manager verification code is %1. It is valid for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>You can also confirm your email address with this link (valid for %n minute(s)):</source>
        <extracomment>Followed by the link on a line of its own</extracomment>
        <translation>
            <numerusform>You can also confirm your email address with this link (valid for %n minute):</numerusform>
            <numerusform>You can also confirm your email address with this link (valid for %n minutes):</numerusform>
        </translation>
    </message>
</context>
</TS>
