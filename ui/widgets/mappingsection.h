// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class CompanyMapping;
class InlineNotice;
class QFileDialog;
class QLabel;
class QPushButton;

/// The "Company mapping" section of the Integrations page: the summary line, "Edit mapping…"
/// (while connected) and "Export mapping…" (always, also after Disconnect, when the mapping
/// stays but companies cannot be loaded without keys).
class MappingSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit MappingSection(CompanyMapping &mapping, QWidget *parent = nullptr);

    /// Refreshes the summary; @p editable is false after Disconnect (read-only summary).
    void refresh(bool editable);
    bool isEditable() const { return m_editable; }
    /// Writes the mapping CSV to @p path (what the export dialog does); false and an inline
    /// error when it cannot be written.
    bool exportTo(const QString &path);

    /// Writes the mapping CSV of @p mapping to @p path atomically; false and *error otherwise.
    static bool writeCsv(const CompanyMapping &mapping, const QString &path, QString *error);
    /// "312 mapped, 20 proposed, 19 unmapped, 2 missing in ConnectWise".
    static QString summaryText(const CompanyMapping &mapping);

signals:
    void editRequested();

private:
    void chooseExportFile();

    CompanyMapping &m_mapping;
    QLabel *m_summary = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_export = nullptr;
    InlineNotice *m_notice = nullptr;
    bool m_editable = true;
};
