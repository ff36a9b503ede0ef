// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard in each real translation at its minimum size: every page translated, no clipped
// label or button. PHIN_LAYOUT_SHOTS=DIR keeps a picture of each page for a human look.
#include "translationinstaller.h"
#include "tsfile.h"
#include "widgets/inlinenotice.h"
#include "wizardharness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHash>
#include <QLabel>

namespace {

QStringList clippedOn(QWidget *page)
{
    QStringList problems;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                problems << QStringLiteral(
                    "label %1 (\"%2\"): wrapped text needs %3 px high, has %4")
                                .arg(label->objectName(), label->text().left(40))
                                .arg(needed)
                                .arg(label->height());
        } else if (label->sizeHint().width() > label->width() + 1) {
            problems << QStringLiteral("label %1 (\"%2\"): needs %3 px wide, has %4")
                            .arg(label->objectName(), label->text().left(40))
                            .arg(label->sizeHint().width())
                            .arg(label->width());
        }
    }
    for (QAbstractButton *button : page->window()->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->minimumSizeHint().width() > button->width() + 1)
            problems << QStringLiteral("button %1 (\"%2\"): needs %3 px wide, has %4")
                            .arg(button->objectName(), button->text())
                            .arg(button->minimumSizeHint().width())
                            .arg(button->width());
    }
    return problems;
}

} // namespace

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
        for (const QString &p : clippedOn(h.wizard().currentPage()))
            problems << QString::fromLatin1(what) + QStringLiteral(": ") + p;
    };
    visit("welcome");
    QVERIFY(h.clickNext());
    visit("prepare");
    QVERIFY(h.clickNext());
    h.typeSandboxDetails();
    QTRY_VERIFY(h.find<InlineNotice>(QStringLiteral("lookupNotice"))->kind()
        == InlineNotice::Kind::Success);
    visit("connection");
    QVERIFY(h.clickNext());
    QTRY_VERIFY_WITH_TIMEOUT(h.nextButton()->isEnabled(), 10000);
    visit("checking");
    QVERIFY(h.clickNext());
    visit("remediation");
    QVERIFY(h.clickNext());
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(h.nextButton()->isEnabled());
    visit("save");
    QVERIFY(h.clickNext());
    visit("integrations");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslatedLayout)
#include "tst_translatedlayout.moc"
