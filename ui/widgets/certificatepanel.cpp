// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatepanel.h"

#include "ui_certificatepanel.h"

#include <QFontDatabase>
#include <QLocale>

namespace {
// 16 of the 32 pairs per line: short enough for the page, and easy to read out in two halves.
constexpr int kPairsPerLine = 16;

QString utc(const QDateTime &time)
{
    //: A certificate date and time, shown in UTC so that it reads the same to the server's
    //: administrator anywhere; %1 is the localised date and time.
    return CertificatePanel::tr("%1 UTC").arg(
        QLocale().toString(time.toUTC(), QLocale::ShortFormat));
}
} // namespace

CertificatePanel::CertificatePanel(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::CertificatePanel>())
{
    m_ui->setupUi(this);
    m_ui->fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->trustCertificateButton, &QPushButton::clicked, this,
        [this] { emit trustRequested(m_certificate); });
    QFrame::setVisible(false);
}

CertificatePanel::~CertificatePanel() = default;

QPushButton *CertificatePanel::trustButton() const
{
    return m_ui->trustCertificateButton;
}

QString CertificatePanel::displayFingerprint(const QByteArray &sha256Hex)
{
    const QStringList pairs
        = TlsCertificateInfo::groupedFingerprint(sha256Hex).split(QLatin1Char(':'));
    QStringList lines;
    for (qsizetype i = 0; i < pairs.size(); i += kPairsPerLine)
        lines << pairs.mid(i, kPairsPerLine).join(QLatin1Char(':'));
    return lines.join(QLatin1Char('\n'));
}

void CertificatePanel::setCertificate(const TlsCertificateInfo &certificate, const QString &problem)
{
    m_certificate = certificate;
    m_ui->certificateProblemLabel->setText(problem);
    m_ui->subjectLabel->setText(certificate.subject);
    m_ui->issuerLabel->setText(certificate.issuer);
    m_ui->validFromLabel->setText(utc(certificate.notBefore));
    m_ui->validUntilLabel->setText(utc(certificate.notAfter));
    m_ui->fingerprintLabel->setText(displayFingerprint(certificate.sha256Hex));
    m_ui->fingerprintLabel->setAccessibleDescription(
        TlsCertificateInfo::groupedFingerprint(certificate.sha256Hex));
    const QString site = certificate.siteKey();
    //: %1 is host:port, e.g. cw.example.com:443
    m_ui->trustCertificateButton->setText(tr("Trust this &certificate for %1").arg(site));
    m_ui->trustCertificateButton->setAccessibleName(tr("Trust this certificate for %1").arg(site));
    setAccessibleDescription(problem);
    QFrame::setVisible(true);
}

void CertificatePanel::clear()
{
    m_certificate = {};
    QFrame::setVisible(false);
}
