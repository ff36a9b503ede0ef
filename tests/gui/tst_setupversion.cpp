// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"

#include <QProcess>
#include <QTest>

/// `phin-cw-setup --version` names the exact build, like the checker (support asks for it),
/// and works without a display.
class TestSetupVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionNamesTheBuild()
    {
        QProcess process;
        // As over ssh: no display and no platform override.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
            env.remove(QLatin1String(name));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PHIN_SETUP_BINARY), { QStringLiteral("--version") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(out, BuildInfo::versionText(QStringLiteral("phin-cw-setup")));
        QVERIFY2(out.contains(BuildInfo::commit()), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("QtKeychain")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestSetupVersion)
#include "tst_setupversion.moc"
