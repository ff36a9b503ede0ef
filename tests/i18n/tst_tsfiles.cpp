// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// Every .ts file is complete and consistent, and up to date with the sources: lupdate run on a
// copy adds nothing unfinished and retires nothing, so a tr() string added without a
// translation (or removed without updating the .ts) fails here.
#include "tsfile.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestTsFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
    void placeholdersMatch_data();
    void placeholdersMatch();
    void upToDateWithSources_data();
    void upToDateWithSources();
    void sameMessagesInEveryLanguage();
};

static void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTsFiles::complete_data()
{
    addLanguageRows();
}

void TestTsFiles::complete()
{
    QFETCH(QString, language);
    const TsFile ts = readTsFile(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    QCOMPARE(ts.sourceLanguage, QStringLiteral("en"));
    QVERIFY2(ts.messages.size() > 100, "suspiciously few messages");
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (m.isContextNote())
            continue;
        if (!m.type.isEmpty())
            problems << m.type + QStringLiteral(": ") + m.name();
        if (m.translations.isEmpty())
            problems << QStringLiteral("no translation: ") + m.name();
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("empty translation: ") + m.name();
        }
        // A translation identical to an English sentence is almost always a forgotten one.
        // Short ones ("OK", "Service Desk") and ConnectWise menu paths ("A > B > C") can
        // legitimately stay the same.
        static const QRegularExpression word(QStringLiteral("\\b[A-Za-z]{2,}\\b"));
        int words = 0;
        for (auto it = word.globalMatch(m.source); it.hasNext(); it.next())
            ++words;
        if (!m.translations.isEmpty() && m.translations.first() == m.source && words >= 5
            && !m.source.contains(QLatin1Char('>')))
            problems << QStringLiteral("untranslated: ") + m.name();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTsFiles::placeholdersMatch_data()
{
    addLanguageRows();
}

void TestTsFiles::placeholdersMatch()
{
    QFETCH(QString, language);
    const TsFile ts = readTsFile(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            const QSet<QString> actual = placeholders(t);
            if (actual != expected) {
                problems << QStringLiteral("%1\n    source: %2\n    translation: %3")
                                .arg(m.name(), QStringList(expected.values()).join(u' '),
                                    QStringList(actual.values()).join(u' '));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTsFiles::upToDateWithSources_data()
{
    addLanguageRows();
}

void TestTsFiles::upToDateWithSources()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("phin_") + language + QStringLiteral(".ts"));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The sources and options of the update_translations target, except -no-obsolete: here
    // retired strings must show up (as "vanished") instead of silently disappearing.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PHIN_LUPDATE),
        { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-ui-lines"),
            QStringLiteral("@" PHIN_LUPDATE_SOURCES), QStringLiteral("-ts"), copy });
    QVERIFY2(lupdate.waitForFinished(50000), "lupdate did not finish");
    const QString output = QString::fromUtf8(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
        qPrintable(output));

    const TsFile before = readTsFile(tsPath(language));
    const TsFile after = readTsFile(copy);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QStringList problems;
    for (const TsMessage &m : after.messages) {
        if (m.type == QLatin1String("unfinished"))
            problems << QStringLiteral("new in the sources, not translated: ") + m.name();
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            problems << QStringLiteral("gone from the sources, still in the .ts: ") + m.name();
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(problems.join(QLatin1Char('\n'))
            + QStringLiteral("\nRun the update_translations target and translate.")));
    QCOMPARE(after.messages.size(), before.messages.size());
    // lupdate reports when a tr() call has no context it can see: such strings never reach
    // a translator.
    QVERIFY2(
        !output.contains(QLatin1String("cannot be called without context")), qPrintable(output));
}

void TestTsFiles::sameMessagesInEveryLanguage()
{
    QSet<QString> reference;
    QString referenceLanguage;
    for (const QString &language : languages()) {
        const TsFile ts = readTsFile(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QSet<QString> names;
        for (const TsMessage &m : ts.messages)
            names.insert(m.name() + m.comment);
        if (referenceLanguage.isEmpty()) {
            reference = names;
            referenceLanguage = language;
            continue;
        }
        QVERIFY2(names == reference,
            qPrintable(language + QStringLiteral(" and ") + referenceLanguage
                + QStringLiteral(" list different messages")));
    }
}

QTEST_GUILESS_MAIN(TestTsFiles)
#include "tst_tsfiles.moc"
