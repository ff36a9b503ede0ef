// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard in each real translation at its minimum size: every page translated, no clipped
// label or button. PHIN_LAYOUT_SHOTS=DIR keeps a picture of each page for a human look.
#include "translationinstaller.h"
#include "tsfile.h"
#include "wizardharness.h"

#include <QApplication>
#include <QHash>

class TestTranslatedLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void noClippedTextAtMinimumSize_data();
    void noClippedTextAtMinimumSize();
};

void TestTranslatedLayout::cleanup()
{
    installTranslations(qApp, QStringLiteral("en"));
}

void TestTranslatedLayout::noClippedTextAtMinimumSize_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslatedLayout::noClippedTextAtMinimumSize()
{
    QFETCH(QString, language);
    const TranslationResult translations = installTranslations(qApp, language);
    QVERIFY(translations.appLoaded);
    // English sources whose translation differs: a page title among them was not translated.
    QHash<QString, QString> translated;
    for (const TsMessage &m : readTsFile(tsPath(language)).messages) {
        if (!m.isContextNote() && m.translations.value(0) != m.source)
            translated.insert(m.source, m.translations.value(0));
    }
    QVERIFY(!translated.isEmpty());
    QStringList problems;
    WizardHarness h(QStringLiteral("missing-attachments"));
    h.wizard().show();
    h.wizard().resize(h.wizard().minimumSizeHint().expandedTo(SetupWizard::minimumWindowSize()));
    QCOMPARE(h.wizard().size(), SetupWizard::minimumWindowSize());
    auto visit = [&](const char *what) {
        QApplication::processEvents();
        const QString shots = qEnvironmentVariable("PHIN_LAYOUT_SHOTS");
        if (!shots.isEmpty()) {
            h.wizard().grab().save(shots + QLatin1Char('/') + language + QLatin1Char('-')
                + QString::fromLatin1(what) + QStringLiteral(".png"));
        }
        if (h.wizard().size() != SetupWizard::minimumWindowSize())
            problems << QString::fromLatin1(what)
                    + QStringLiteral(": the window grew to %1x%2")
                          .arg(h.wizard().width())
                          .arg(h.wizard().height());
        const QString title = h.wizard().currentPage()->title();
        if (title.isEmpty() || translated.contains(title))
            problems << QString::fromLatin1(what) + QStringLiteral(": title not translated: ")
                    + title;
        for (const QString &p : WizardHarness::clippedText(h.wizard().currentPage(), &h.wizard()))
            problems << QString::fromLatin1(what) + QStringLiteral(": ") + p;
    };
    h.visitEveryPage(visit);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslatedLayout)
#include "tst_translatedlayout.moc"
