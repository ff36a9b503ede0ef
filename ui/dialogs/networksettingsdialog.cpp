// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networksettingsdialog.h"
#include "ui_networksettingsdialog.h"

#include "widgets/inlinenotice.h"
#include "widgets/keyfield.h"

#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>

NetworkSettingsDialog::NetworkSettingsDialog(ProxyVault &vault, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_ui(std::make_unique<Ui::NetworkSettingsDialog>())
{
    m_ui->setupUi(this);
    // The dialog takes the size its content needs (notices come and go); this width keeps the
    // hints in the fields readable and the notices to two or three lines.
    m_ui->introLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 68);
    setObjectName(QStringLiteral("networkSettingsDialog"));
    m_ui->typeCombo->addItem(tr("HTTP"), int(ProxyType::Http));
    m_ui->typeCombo->addItem(tr("SOCKS5"), int(ProxyType::Socks5));
    // Digits only: anything else is never a port, and a range message explains the rest.
    m_ui->portEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), this));
    m_ui->passwordField->setNames(QStringLiteral("password"));
    m_ui->passwordField->lineEdit()->setAccessibleName(tr("Proxy password"));
    m_ui->passwordLabel->setBuddy(m_ui->passwordField->lineEdit());
    m_ui->proxyNotice->setNames(QStringLiteral("proxy"));
    QPushButton *saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    //: Saves the proxy choice; the mnemonic must differ from the options above.
    saveButton->setText(tr("Sa&ve"));
    saveButton->setAccessibleName(tr("Save network settings"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    QWidget::setTabOrder(m_ui->userEdit, m_ui->passwordField->lineEdit());
    QWidget::setTabOrder(m_ui->passwordField->lineEdit(), m_ui->passwordField->toggleButton());

    for (QRadioButton *radio :
        { m_ui->systemProxyRadio, m_ui->noProxyRadio, m_ui->manualProxyRadio }) {
        connect(radio, &QRadioButton::toggled, this, &NetworkSettingsDialog::updateForm);
    }
    for (QLineEdit *edit : { m_ui->hostEdit, m_ui->portEdit, m_ui->userEdit })
        connect(edit, &QLineEdit::textChanged, this, &NetworkSettingsDialog::updateForm);
    connect(
        m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &NetworkSettingsDialog::updateForm);
    connect(m_ui->passwordField, &KeyField::textChanged, this, &NetworkSettingsDialog::updateForm);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NetworkSettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_vault, &ProxyVault::saved, this, &NetworkSettingsDialog::onSaved);

    load(m_vault.settings());
}

NetworkSettingsDialog::~NetworkSettingsDialog() = default;

void NetworkSettingsDialog::load(const ProxySettings &settings)
{
    m_saved = settings;
    m_ui->systemProxyRadio->setChecked(settings.mode == ProxyMode::System);
    m_ui->noProxyRadio->setChecked(settings.mode == ProxyMode::Direct);
    m_ui->manualProxyRadio->setChecked(settings.mode == ProxyMode::Manual);
    m_ui->typeCombo->setCurrentIndex(m_ui->typeCombo->findData(int(settings.type)));
    m_ui->hostEdit->setText(settings.host);
    m_ui->portEdit->setText(settings.port > 0 ? QString::number(settings.port) : QString());
    m_ui->userEdit->setText(settings.user);
    // The saved password stays in the keychain: the field only says that there is one.
    m_ui->passwordField->setText(QString());
    updateForm();
}

ProxySettings NetworkSettingsDialog::currentSettings() const
{
    ProxySettings s;
    if (m_ui->noProxyRadio->isChecked())
        s.mode = ProxyMode::Direct;
    else if (m_ui->manualProxyRadio->isChecked())
        s.mode = ProxyMode::Manual;
    if (!s.isManual())
        return s;
    s.type = ProxyType(m_ui->typeCombo->currentData().toInt());
    s.host = m_ui->hostEdit->text();
    bool ok = false;
    s.port = m_ui->portEdit->text().toInt(&ok);
    if (!ok)
        s.port = 0;
    s.user = m_ui->userEdit->text();
    s.hasPassword = !m_ui->passwordField->text().isEmpty() || keepsSavedPassword(s);
    return s;
}

bool NetworkSettingsDialog::keepsSavedPassword(const ProxySettings &settings) const
{
    return m_saved.hasPassword && !settings.secretKey().isEmpty()
        && settings.secretKey() == m_saved.secretKey();
}

void NetworkSettingsDialog::updateForm()
{
    const ProxySettings s = currentSettings();
    m_ui->manualBox->setEnabled(s.isManual() && !m_saving);
    const bool keeps = keepsSavedPassword(s);
    m_ui->passwordField->lineEdit()->setPlaceholderText(
        keeps ? tr("saved in the keychain; type to replace it") : QString());
    m_ui->passwordField->lineEdit()->setAccessibleDescription(keeps
            ? tr("A password is saved in the keychain; leave empty to keep it")
            : tr("Stored in the keychain, never in the settings file"));
    if (m_saving)
        return;
    const QList<ProxyIssue> issues = s.validate(s.hasPassword);
    // Nothing typed yet is not an error worth a red notice: the empty host only blocks Save.
    const bool untouched
        = s.isManual() && s.host.isEmpty() && m_ui->portEdit->text().isEmpty() && s.user.isEmpty();
    if (issues.isEmpty() || untouched)
        m_ui->proxyNotice->clear();
    else
        m_ui->proxyNotice->show(
            InlineNotice::Kind::Warning, issues.first().message.toHtmlEscaped());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(issues.isEmpty());
}

void NetworkSettingsDialog::save()
{
    const ProxySettings s = currentSettings();
    if (m_saving || !s.validate(s.hasPassword).isEmpty())
        return;
    m_saving = true;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    m_ui->manualBox->setEnabled(false);
    m_ui->proxyNotice->show(InlineNotice::Kind::Progress, tr("Saving…"));
    m_vault.save(s, s.isManual() ? m_ui->passwordField->text() : QString());
}

void NetworkSettingsDialog::onSaved(const ProxyVaultResult &result)
{
    if (!m_saving)
        return;
    m_saving = false;
    if (!result.ok) {
        updateForm();
        m_ui->proxyNotice->show(InlineNotice::Kind::Error, result.message.toHtmlEscaped());
        return;
    }
    load(result.settings);
    Q_EMIT settingsSaved(result);
    if (result.warnings.isEmpty()) {
        accept();
        return;
    }
    m_ui->proxyNotice->show(InlineNotice::Kind::Warning,
        QString(result.message + QLatin1Char('\n') + result.warnings.join(QLatin1Char('\n')))
            .toHtmlEscaped()
            .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}
