// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The Linux package as a user gets it: the desktop entry and AppStream metainfo pass the
// freedesktop validators, CPack builds the .deb and .tar.gz from this build tree, dpkg-deb
// shows the right dependencies and files, and the checker runs from a scratch root.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(exitCode).arg(out, err);
    }
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(timeoutMs)) {
        result.err = program + QStringLiteral(": ") + process.errorString();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = program + QStringLiteral(": timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString packagingFile(const QString &name)
{
    return QStringLiteral(PHIN_PACKAGING_DIR "/linux/") + name;
}

QString appId()
{
    return QStringLiteral(PHIN_APP_ID);
}

// "Field: value" from dpkg-deb -I, continuation lines joined.
QString controlField(const QString &control, const QString &field)
{
    const QRegularExpression re(
        QStringLiteral("^ ?%1: (.*)$").arg(field), QRegularExpression::MultilineOption);
    const auto match = re.match(control);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void desktopFileValidates();
    void metainfoValidates();
    void oneApplicationIdEverywhere();
    void screenshotsExist();
    void packagesBuild();
    void debControl_data();
    void debControl();
    void debContents_data();
    void debContents();
    void tarballContents();
    void installedVersion();
    void installedSandboxCheck();

private:
    QTemporaryDir m_work;
    QString m_deb;
    QString m_tarball;
    QString m_control;
    QString m_contents;
    QString m_root;
};

void TestPackaging::initTestCase()
{
    QVERIFY(m_work.isValid());
    // CPack packages what the build produced; say so plainly when a program is missing.
    const QString binDir
        = QFileInfo(QStringLiteral(PHIN_CPACK_CONFIG)).absolutePath() + QStringLiteral("/bin/");
    for (const QString &program : QStringLiteral(PHIN_PACKAGED_PROGRAMS).split(QLatin1Char(',')))
        QVERIFY2(QFileInfo::exists(binDir + program), qPrintable(binDir + program));
}

void TestPackaging::desktopFileValidates()
{
    const Run r = run(QStringLiteral(PHIN_DESKTOP_FILE_VALIDATE),
        { packagingFile(appId() + QStringLiteral(".desktop")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // desktop-file-validate exits 0 on hints too; hints and warnings count here.
    QVERIFY2(r.out.trimmed().isEmpty(), qPrintable(r.describe()));
}

void TestPackaging::metainfoValidates()
{
    const Run r = run(QStringLiteral(PHIN_APPSTREAMCLI),
        { QStringLiteral("validate"), QStringLiteral("--no-net"),
            packagingFile(appId() + QStringLiteral(".metainfo.xml")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(!r.out.contains(QLatin1String("W: ")) && !r.out.contains(QLatin1String("E: ")),
        qPrintable(r.describe()));
}

void TestPackaging::oneApplicationIdEverywhere()
{
    QFile desktop(packagingFile(appId() + QStringLiteral(".desktop")));
    QVERIFY(desktop.open(QIODevice::ReadOnly));
    const QString entry = QString::fromUtf8(desktop.readAll());
    QVERIFY2(entry.contains(QStringLiteral("\nIcon=") + appId() + QLatin1Char('\n')),
        "the desktop entry's icon is not the application id");
    QVERIFY(QFileInfo::exists(packagingFile(appId() + QStringLiteral(".svg"))));

    QFile metainfo(packagingFile(appId() + QStringLiteral(".metainfo.xml")));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&metainfo);
    QString id, launchable;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("id") && id.isEmpty())
            id = xml.readElementText();
        else if (xml.name() == QLatin1String("launchable"))
            launchable = xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId());
    QCOMPARE(launchable, appId() + QStringLiteral(".desktop"));
}

void TestPackaging::screenshotsExist()
{
    // AppStream wants public URLs; each must name a file shipped in linux/screenshots/.
    QFile metainfo(packagingFile(appId() + QStringLiteral(".metainfo.xml")));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&metainfo);
    QStringList images;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement
            && xml.name() == QLatin1String("image"))
            images.append(xml.readElementText());
    }
    QVERIFY2(!images.isEmpty(), "the metainfo has no screenshots");
    for (const QString &url : images) {
        QVERIFY2(url.startsWith(QLatin1String("https://")), qPrintable(url));
        const QString file
            = packagingFile(QStringLiteral("screenshots/") + url.section(QLatin1Char('/'), -1));
        QFile png(file);
        QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(file));
        QVERIFY2(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8), qPrintable(file));
    }
}

void TestPackaging::packagesBuild()
{
    const QString out = m_work.filePath(QStringLiteral("packages"));
    const Run r = run(QStringLiteral(PHIN_CPACK),
        { QStringLiteral("--config"), QStringLiteral(PHIN_CPACK_CONFIG), QStringLiteral("-G"),
            QStringLiteral("DEB;TGZ"), QStringLiteral("-B"), out },
        120000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QDir dir(out);
    const QStringList debs = dir.entryList({ QStringLiteral("*.deb") }, QDir::Files);
    const QStringList tarballs = dir.entryList({ QStringLiteral("*.tar.gz") }, QDir::Files);
    QCOMPARE(debs.size(), 1);
    QCOMPARE(tarballs.size(), 1);
    m_deb = dir.filePath(debs.first());
    m_tarball = dir.filePath(tarballs.first());
    QVERIFY2(debs.first().startsWith(QStringLiteral("phin-cw-setup_" PHIN_VERSION "_")),
        qPrintable(debs.first()));

    const Run info = run(QStringLiteral(PHIN_DPKG_DEB), { QStringLiteral("-I"), m_deb });
    QVERIFY2(info.exitCode == 0, qPrintable(info.describe()));
    m_control = info.out;
    const Run contents = run(QStringLiteral(PHIN_DPKG_DEB), { QStringLiteral("-c"), m_deb });
    QVERIFY2(contents.exitCode == 0, qPrintable(contents.describe()));
    m_contents = contents.out;
    m_root = m_work.filePath(QStringLiteral("root"));
    const Run extract = run(QStringLiteral(PHIN_DPKG_DEB), { QStringLiteral("-x"), m_deb, m_root });
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.describe()));
}

void TestPackaging::debControl_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("package-name") << "Package"
                                  << "phin-cw-setup";
    QTest::newRow("version") << "Version" << PHIN_VERSION;
    QTest::newRow("depends-qt-core") << "Depends"
                                     << "libqt6core6 (>= 6.4)";
    QTest::newRow("depends-qt-widgets") << "Depends"
                                        << "libqt6widgets6 (>= 6.4)";
    QTest::newRow("depends-qt-network") << "Depends"
                                        << "libqt6network6 (>= 6.4)";
    QTest::newRow("depends-qt-httpserver") << "Depends"
                                           << "libqt6httpserver6 (>= 6.4)";
    QTest::newRow("depends-qt-svg") << "Depends"
                                    << "libqt6svg6 (>= 6.4)";
    QTest::newRow("depends-qtkeychain") << "Depends"
                                        << "libqt6keychain1";
    QTest::newRow("recommends-secret-service") << "Recommends"
                                               << "gnome-keyring | keepassxc";
    QTest::newRow("recommends-qt-translations") << "Recommends"
                                                << "qt6-translations-l10n";
}

void TestPackaging::debControl()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QVERIFY2(!m_control.isEmpty(), "no .deb was built");
    const QString value = controlField(m_control, field);
    QVERIFY2(value.contains(expected), qPrintable(field + QStringLiteral(": ") + value));
}

void TestPackaging::debContents_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("wizard") << "./usr/bin/phin-cw-setup";
    QTest::newRow("checker") << "./usr/bin/phin-cw-check";
    QTest::newRow("sandbox") << "./usr/bin/phin-cw-sandbox";
    QTest::newRow("desktop-file") << "./usr/share/applications/" PHIN_APP_ID ".desktop";
    QTest::newRow("metainfo") << "./usr/share/metainfo/" PHIN_APP_ID ".metainfo.xml";
    QTest::newRow("icon") << "./usr/share/icons/hicolor/scalable/apps/" PHIN_APP_ID ".svg";
}

void TestPackaging::debContents()
{
    QFETCH(QString, path);
    QVERIFY2(!m_contents.isEmpty(), "no .deb was built");
    QVERIFY2(
        m_contents.contains(QLatin1Char(' ') + path + QLatin1Char('\n')), qPrintable(m_contents));
    QVERIFY2(QFileInfo::exists(m_root + QLatin1Char('/') + path), qPrintable(path));
}

void TestPackaging::tarballContents()
{
    QVERIFY2(!m_tarball.isEmpty(), "no .tar.gz was built");
    const Run r = run(QStringLiteral("tar"), { QStringLiteral("-tzf"), m_tarball });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const QString &program : QStringLiteral(PHIN_PACKAGED_PROGRAMS).split(QLatin1Char(',')))
        QVERIFY2(r.out.contains(QStringLiteral("/bin/") + program + QLatin1Char('\n')),
            qPrintable(program));
}

void TestPackaging::installedVersion()
{
    QVERIFY2(!m_root.isEmpty(), "no .deb was extracted");
    const Run r = run(m_root + QStringLiteral("/usr/bin/phin-cw-check"),
        { QStringLiteral("--version"), QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.startsWith(QStringLiteral("phin-cw-check " PHIN_VERSION " (commit ")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\nQt " QT_VERSION_STR)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\nQtKeychain \\d+\\.\\d+"))),
        qPrintable(r.out));
}

void TestPackaging::installedSandboxCheck()
{
    QVERIFY2(!m_root.isEmpty(), "no .deb was extracted");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CW_PUBLIC_KEY"));
    environment.remove(QStringLiteral("CW_PRIVATE_KEY"));
    // A private settings file, so the check never touches the user's saved connections.
    environment.insert(
        QStringLiteral("PHIN_SETTINGS_FILE"), m_work.filePath(QStringLiteral("s.ini")));
    const Run r = run(m_root + QStringLiteral("/usr/bin/phin-cw-check"),
        { QStringLiteral("--sandbox"), QStringLiteral("ready"), QStringLiteral("--format"),
            QStringLiteral("json") },
        60000, environment);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.describe()));
    const QJsonObject summary = json.object().value(QLatin1String("summary")).toObject();
    QVERIFY2(summary.value(QLatin1String("granted")).toInt() > 0, qPrintable(r.out));
    const QJsonObject ready = summary.value(QLatin1String("ready")).toObject();
    QVERIFY2(!ready.isEmpty(), qPrintable(r.out));
    for (auto it = ready.begin(); it != ready.end(); ++it)
        QVERIFY2(it.value().toBool(), qPrintable(it.key()));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
