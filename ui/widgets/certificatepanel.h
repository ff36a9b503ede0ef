// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlscertificate.h"

#include <QFrame>

#include <memory>

class QPushButton;
namespace Ui {
class CertificatePanel;
}

/// Shows a server certificate that this computer does not trust, inline on the page that
/// connects: who it is issued to and by, its validity, its SHA-256 fingerprint (grouped,
/// selectable, to compare with the server's administrator), what is wrong with it, and a button
/// that trusts exactly this certificate for its host:port. Hidden until setCertificate().
class CertificatePanel : public QFrame
{
    Q_OBJECT
public:
    explicit CertificatePanel(QWidget *parent = nullptr);
    ~CertificatePanel() override;

    /// Shows certificate with problem (plain text) as the explanation.
    void setCertificate(const TlsCertificateInfo &certificate, const QString &problem);
    /// Hides the panel and forgets the certificate.
    void clear();

    TlsCertificateInfo certificate() const { return m_certificate; }
    QPushButton *trustButton() const;
    /// The fingerprint as shown: "AB:CD:…" in two lines of 16 pairs.
    static QString displayFingerprint(const QByteArray &sha256Hex);

signals:
    /// The trust button was pressed for this certificate.
    void trustRequested(const TlsCertificateInfo &certificate);

private:
    std::unique_ptr<Ui::CertificatePanel> m_ui;
    TlsCertificateInfo m_certificate;
};
