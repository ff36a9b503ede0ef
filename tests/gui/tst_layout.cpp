// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// No clipped text at the minimum window size, also with translations much longer than English
// (a pseudo-translation makes every string about 40 % longer) and at 200 % scaling.
#include "wizardharness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QTranslator>

#include "widgets/inlinenotice.h"

namespace {

/// Returns every string longer, the way German or French often are; placeholders, mnemonics
/// and markup stay intact because text is only appended.
class LongTranslator : public QTranslator
{
public:
    QString translate(
        const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!source || !*source)
            return {};
        QString text = QString::fromUtf8(source);
        const int extra = qMax(4, int(text.size() * 2 / 5));
        return text + QLatin1Char(' ') + QString(extra, QChar(0x00e9));
    }
    bool isEmpty() const override { return false; }
};

QStringList clippedOn(QWidget *page)
{
    QStringList problems;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        if (label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height() + 1)
                problems << QStringLiteral("%1: wrapped text needs %2 px, has %3")
                                .arg(label->objectName())
                                .arg(label->heightForWidth(label->width()))
                                .arg(label->height());
        } else if (label->sizeHint().width() > label->width() + 1) {
            problems << QStringLiteral("%1: needs %2 px wide, has %3")
                            .arg(label->objectName())
                            .arg(label->sizeHint().width())
                            .arg(label->width());
        }
    }
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->minimumSizeHint().width() > button->width() + 1)
            problems << QStringLiteral("%1: button needs %2 px, has %3")
                            .arg(button->objectName())
                            .arg(button->minimumSizeHint().width())
                            .arg(button->width());
    }
    return problems;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void noClippedTextAtMinimumSize_data();
    void noClippedTextAtMinimumSize();
};

void TestLayout::noClippedTextAtMinimumSize_data()
{
    QTest::addColumn<bool>("longStrings");
    QTest::newRow("english") << false;
    QTest::newRow("long-translation") << true;
}

void TestLayout::noClippedTextAtMinimumSize()
{
    QFETCH(bool, longStrings);
    LongTranslator translator;
    if (longStrings)
        QCoreApplication::installTranslator(&translator);
    QStringList problems;
    {
        WizardHarness h(QStringLiteral("missing-attachments"));
        h.wizard().resize(
            h.wizard().minimumSizeHint().expandedTo(SetupWizard::minimumWindowSize()));
        QCOMPARE(h.wizard().size(), SetupWizard::minimumWindowSize());
        QSize largest = h.wizard().size();
        auto visit = [&](const char *what) {
            QApplication::processEvents();
            largest = largest.expandedTo(h.wizard().size());
            // PHIN_LAYOUT_SHOTS=DIR keeps a picture of each page for a human look.
            const QString shots = qEnvironmentVariable("PHIN_LAYOUT_SHOTS");
            if (!shots.isEmpty()) {
                h.wizard().grab().save(shots + QLatin1Char('/') + QString::fromLatin1(what)
                    + (longStrings ? QStringLiteral("-long.png") : QStringLiteral(".png")));
            }
            if (longStrings && !h.wizard().currentPage()->title().endsWith(QChar(0x00e9)))
                problems << QString::fromLatin1(what) + QStringLiteral(": not translated");
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
        // Whatever the language, the wizard still fits a small laptop screen.
        qInfo("largest window: %dx%d", largest.width(), largest.height());
        if (largest.width() > 1280 || largest.height() > 720)
            problems << QStringLiteral("window grew to %1x%2")
                            .arg(largest.width())
                            .arg(largest.height());
    }
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
