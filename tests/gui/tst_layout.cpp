// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// No clipped text at the minimum window size, also with translations much longer than English
// (a pseudo-translation makes every string about 40 % longer) and at 200 % scaling.
#include "wizardharness.h"

#include <QApplication>
#include <QTranslator>

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
            for (const QString &p :
                WizardHarness::clippedText(h.wizard().currentPage(), h.wizard().currentPage()))
                problems << QString::fromLatin1(what) + QStringLiteral(": ") + p;
        };
        h.visitEveryPage(visit);
        if (QTest::currentTestFailed())
            return;
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
