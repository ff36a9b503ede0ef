// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard-only use and accessibility: tab order, Return for Next, accessible names and
// descriptions on every control, and no mnemonic used twice on a page.
#include "wizardharness.h"

#include "pages/checkingpage.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QWindow>

class TestKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void connectionPageTabOrder();
    void wholeWizardWithKeyboardOnly();
    void everyControlHasAccessibleNameAndDescription();
    void mnemonicsAreUniquePerPage();

private:
    static QStringList controlsOf(QWidget *page);
    static void visitEveryPage(WizardHarness &h, const std::function<void(QWidget *)> &visit);
};

void TestKeyboard::connectionPageTabOrder()
{
    WizardHarness h;
    QVERIFY(h.clickNext());
    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::ConnectionPageId));
    QVERIFY(QTest::qWaitForWindowActive(&h.wizard()));
    auto *first = h.find<QLineEdit>(QStringLiteral("companyIdEdit"));
    first->setFocus();
    const QStringList expected { QStringLiteral("companyIdEdit"),
        QStringLiteral("companyIdHelpButton"), QStringLiteral("siteEdit"),
        QStringLiteral("siteHelpButton"), QStringLiteral("publicKeyEdit"),
        QStringLiteral("publicKeyHelpButton"), QStringLiteral("privateKeyEdit"),
        QStringLiteral("showPrivateKeyButton"), QStringLiteral("privateKeyHelpButton") };
    QStringList seen { QApplication::focusWidget()->objectName() };
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        seen << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(seen, expected);
}

void TestKeyboard::wholeWizardWithKeyboardOnly()
{
    WizardHarness h;
    QApplication::setActiveWindow(&h.wizard());
    QVERIFY(QTest::qWaitForWindowActive(&h.wizard()));
    const Scenario &s = h.sandbox().scenario();
    // Through the window, like a real key press, so that mnemonics (shortcuts) apply.
    QWindow *window = h.wizard().windowHandle();
    auto press = [window](Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier) {
        QTest::keyClick(window, key, mods);
    };
    // Welcome and Prepare: Return presses the default button, Next.
    press(Qt::Key_Return);
    QCOMPARE(h.currentId(), int(SetupWizard::PreparePageId));
    press(Qt::Key_Return);
    QCOMPARE(h.currentId(), int(SetupWizard::ConnectionPageId));

    // The first empty field has the focus; Tab moves on (past each field's help button).
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("companyIdEdit"));
    QTest::keyClicks(QApplication::focusWidget(), s.companyId);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), h.sandbox().siteUrl().toString());
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), s.publicKey);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("privateKeyEdit"));
    QTest::keyClicks(QApplication::focusWidget(), s.privateKey);
    // Return activates the default button (Next) from a line edit.
    press(Qt::Key_Return);
    QCOMPARE(h.currentId(), int(SetupWizard::CheckingPageId));
    CheckingPage *page = h.wizard().checkingPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), CheckingPage::State::Finished, 10000);
    press(Qt::Key_Return);
    QCOMPARE(h.currentId(), int(SetupWizard::SavePageId));
    // The name field has the focus; Return saves, and once saved, Return goes on.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("connectionNameEdit"));
    press(Qt::Key_Return);
    QTRY_VERIFY(h.nextButton()->isEnabled());
    QCOMPARE(h.currentId(), int(SetupWizard::SavePageId));
    QVERIFY(h.profiles().profile(h.context().profileName()));
    press(Qt::Key_Return);
    QCOMPARE(h.currentId(), int(SetupWizard::MappingPageId));
    // Company mapping is optional: the search field has the focus and Return goes on.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchEdit"));
    press(Qt::Key_Return);
    QCOMPARE(h.currentId(), int(SetupWizard::IntegrationsPageId));
}

QStringList TestKeyboard::controlsOf(QWidget *page)
{
    QStringList problems;
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || (qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QHeaderView *>(w));
        if (!control || !w->isVisibleTo(page) || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface) {
            problems << w->objectName() + QStringLiteral(": no accessible interface");
            continue;
        }
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems << w->objectName() + QStringLiteral(": no accessible name");
        if (iface->text(QAccessible::Description).trimmed().isEmpty())
            problems << w->objectName() + QStringLiteral(": no accessible description");
        if (!(w->focusPolicy() & Qt::TabFocus))
            problems << w->objectName() + QStringLiteral(": not reachable with Tab");
    }
    return problems;
}

void TestKeyboard::visitEveryPage(WizardHarness &h, const std::function<void(QWidget *)> &visit)
{
    // A run with something to fix passes every page, including Remediation.
    visit(h.wizard().currentPage());
    QVERIFY(h.runToCheckingDone());
    visit(h.wizard().page(SetupWizard::PreparePageId));
    visit(h.wizard().page(SetupWizard::ConnectionPageId));
    visit(h.wizard().currentPage());
    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::RemediationPageId));
    visit(h.wizard().currentPage());
    QVERIFY(h.clickNext());
    visit(h.wizard().currentPage());
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(h.nextButton()->isEnabled());
    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::MappingPageId));
    visit(h.wizard().currentPage());
    QVERIFY(h.clickNext());
    visit(h.wizard().currentPage());
}

void TestKeyboard::everyControlHasAccessibleNameAndDescription()
{
    WizardHarness h(QStringLiteral("missing-attachments"));
    QStringList problems;
    int pages = 0;
    visitEveryPage(h, [&](QWidget *page) {
        ++pages;
        problems << controlsOf(page);
    });
    QCOMPARE(pages, 8);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestKeyboard::mnemonicsAreUniquePerPage()
{
    WizardHarness h(QStringLiteral("missing-attachments"));
    static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
    QStringList problems;
    visitEveryPage(h, [&](QWidget *page) {
        QHash<QChar, QString> used;
        auto take = [&](const QString &text, QWidget *w) {
            if (!w->isVisibleTo(page->window()))
                return;
            const QRegularExpressionMatch m = mnemonic.match(text);
            if (!m.hasMatch())
                return;
            const QChar key = m.captured(1).at(0).toLower();
            if (used.contains(key))
                problems << QStringLiteral("%1: '%2' in \"%3\" and \"%4\"")
                                .arg(page->objectName(), key, used.value(key), text);
            used.insert(key, text);
        };
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
            take(b->text(), b);
        for (QLabel *l : page->findChildren<QLabel *>()) {
            if (l->buddy())
                take(l->text(), l);
        }
        for (int which : { QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                 QWizard::CustomButton1, QWizard::CustomButton2 }) {
            QAbstractButton *b = h.wizard().button(QWizard::WizardButton(which));
            if (b->isVisible())
                take(b->text(), b);
        }
    });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
