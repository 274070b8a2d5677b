// SPDX-License-Identifier: Apache-2.0
// docs/api.md must describe every route the server registers and every error code there is, with
// the HTTP status the server uses. The server's own tables (ApiRoutes, ErrorCatalog) are the truth.
#include "ApiRoutes.h"
#include "ErrorCode.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

class TestApiDocs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRouteDocumented();
    void noStaleRoutes();
    void everyErrorCodeDocumented();
    void serverErrorsHaveTheirStatus();
    void serverErrorsAreInTheCatalog();

private:
    QString m_doc;
};

void TestApiDocs::initTestCase()
{
    QFile file(QStringLiteral(TEST_SOURCE_DIR "/docs/api.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_doc = QString::fromUtf8(file.readAll());
}

void TestApiDocs::everyRouteDocumented()
{
    for (const ApiRoute& route : ApiRoutes::all()) {
        // Each route has its own heading: "### POST /v1/sessions"
        const QRegularExpression heading(
            QStringLiteral("^#+ %1 %2\\s*$")
                .arg(QLatin1String(route.method), QRegularExpression::escape(QLatin1String(route.path))),
            QRegularExpression::MultilineOption);
        QVERIFY2(heading.match(m_doc).hasMatch(),
                 qPrintable(QStringLiteral("docs/api.md lacks a heading for %1 %2")
                                .arg(QLatin1String(route.method), QLatin1String(route.path))));
    }
}

void TestApiDocs::noStaleRoutes()
{
    const QRegularExpression heading(QStringLiteral("^#+ (GET|POST|PUT|PATCH|DELETE) (/\\S*)\\s*$"),
                                     QRegularExpression::MultilineOption);
    auto it = heading.globalMatch(m_doc);
    int count = 0;
    while (it.hasNext()) {
        const auto match = it.next();
        bool known = false;
        for (const ApiRoute& route : ApiRoutes::all())
            known = known
                || (match.captured(1) == QLatin1String(route.method)
                    && match.captured(2) == QLatin1String(route.path));
        QVERIFY2(known,
                 qPrintable(QStringLiteral("docs/api.md documents %1, which the server does not serve")
                                .arg(match.captured(0).trimmed())));
        ++count;
    }
    QCOMPARE(count, ApiRoutes::all().size());
}

void TestApiDocs::everyErrorCodeDocumented()
{
    for (auto entry = ErrorCatalog::begin(); entry != ErrorCatalog::end(); ++entry) {
        if (entry->code == ErrorCode::None)
            continue;
        const QString name = QStringLiteral("`%1`").arg(QLatin1String(entry->wireName));
        QVERIFY2(m_doc.contains(name),
                 qPrintable(QStringLiteral("docs/api.md lacks error code %1").arg(name)));
    }
}

void TestApiDocs::serverErrorsHaveTheirStatus()
{
    // In the error table: "| `E-LOGIN-LOCKED` | 423 | …"
    for (ErrorCode code : ApiRoutes::serverErrors()) {
        const QRegularExpression row(QStringLiteral("^\\|\\s*`%1`\\s*\\|\\s*%2\\s*\\|")
                                         .arg(QRegularExpression::escape(ErrorCatalog::wireName(code)))
                                         .arg(ErrorCatalog::httpStatus(code)),
                                     QRegularExpression::MultilineOption);
        QVERIFY2(row.match(m_doc).hasMatch(),
                 qPrintable(QStringLiteral("docs/api.md lacks the table row \"| `%1` | %2 |\"")
                                .arg(ErrorCatalog::wireName(code))
                                .arg(ErrorCatalog::httpStatus(code))));
    }
}

void TestApiDocs::serverErrorsAreInTheCatalog()
{
    for (ErrorCode code : ApiRoutes::serverErrors()) {
        QVERIFY(ErrorCatalog::httpStatus(code) >= 400);
        QCOMPARE(ErrorCatalog::fromWireName(ErrorCatalog::wireName(code)), code);
    }
    QVERIFY(ApiRoutes::describe().contains(QStringLiteral("POST /v1/sessions\n")));
}

QTEST_GUILESS_MAIN(TestApiDocs)
#include "tst_api_docs.moc"
