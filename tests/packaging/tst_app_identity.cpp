// SPDX-License-Identifier: Apache-2.0
// The application ID the app gives itself (AppIdentity::apply(), as main() calls it) is the one the
// packaging uses: the desktop file's name, the metainfo's id and launchable, the macOS bundle
// identifier, and the organisation domain and Windows AppUserModelID agree with it.
#include "AppIdentity.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>

namespace {
QString readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The text of the first element called name (with the attribute, if given) in an XML file.
QString xmlText(const QString& path, const QString& name, const QString& attribute = {},
                const QString& value = {})
{
    QXmlStreamReader xml(readAll(path));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == name
            && (attribute.isEmpty() || xml.attributes().value(attribute) == value))
            return xml.readElementText();
    }
    return {};
}
} // namespace

class TestAppIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { AppIdentity::apply(); }

    void idIsReverseDns()
    {
        QVERIFY(
            QRegularExpression(QStringLiteral("^[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+\\.[A-Za-z][A-Za-z0-9]*$"))
                .match(AppIdentity::id())
                .hasMatch());
        QCOMPARE(QGuiApplication::desktopFileName(), AppIdentity::id());
    }

    void desktopFileIsNamedAfterIt()
    {
        const QFileInfo desktop(QStringLiteral(AM_DESKTOP_FILE));
        QVERIFY2(desktop.exists(), qPrintable(desktop.filePath()));
        QCOMPARE(desktop.fileName(), QGuiApplication::desktopFileName() + QStringLiteral(".desktop"));
    }

    void metainfoIsNamedAfterIt()
    {
        const QString path = QStringLiteral(AM_METAINFO_FILE);
        QCOMPARE(QFileInfo(path).fileName(), AppIdentity::id() + QStringLiteral(".metainfo.xml"));
        QCOMPARE(xmlText(path, QStringLiteral("id")), QGuiApplication::desktopFileName());
        QCOMPARE(
            xmlText(path, QStringLiteral("launchable"), QStringLiteral("type"), QStringLiteral("desktop-id")),
            QGuiApplication::desktopFileName() + QStringLiteral(".desktop"));
    }

    void macBundleIdentifierIsIt()
    {
        const QString plist = readAll(QStringLiteral(AM_INFO_PLIST));
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("<key>CFBundleIdentifier</key>\\s*<string>([^<]*)</string>"))
                  .match(plist);
        QVERIFY2(match.hasMatch(), "no CFBundleIdentifier in the Info.plist");
        QCOMPARE(match.captured(1), AppIdentity::id());
    }

    void organisationDomainAndWindowsIdFollow()
    {
        // "accountmanager.github.io" is "io.github.accountmanager" the other way round.
        QStringList labels = QGuiApplication::organizationDomain().split(QLatin1Char('.'));
        std::reverse(labels.begin(), labels.end());
        QVERIFY(AppIdentity::id().startsWith(labels.join(QLatin1Char('.')) + QLatin1Char('.')));
        QCOMPARE(AppIdentity::id().count(QLatin1Char('.')), labels.size());
        QCOMPARE(AppIdentity::windowsAppUserModelId(), AppIdentity::id());
    }
};

QTEST_MAIN(TestAppIdentity)
#include "tst_app_identity.moc"
