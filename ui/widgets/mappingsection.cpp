// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingsection.h"

#include "companymapping.h"
#include "inlinenotice.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

MappingSection::MappingSection(CompanyMapping &mapping, QWidget *parent)
    : QGroupBox(parent)
    , m_mapping(mapping)
    , m_summary(new QLabel(this))
    , m_edit(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_notice(new InlineNotice(this))
{
    setObjectName(QStringLiteral("mappingGroup"));
    setTitle(tr("Company mapping"));
    m_summary->setObjectName(QStringLiteral("mappingSummaryLabel"));
    m_summary->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("editMappingButton"));
    //: Goes back to the company mapping page of the wizard.
    m_edit->setText(tr("Edit &mapping…"));
    m_edit->setAccessibleName(tr("Edit mapping"));
    m_edit->setAccessibleDescription(tr("Opens the company mapping page"));
    m_export->setObjectName(QStringLiteral("exportMappingSectionButton"));
    m_export->setText(tr("Ex&port mapping…"));
    m_export->setAccessibleName(tr("Export mapping CSV"));
    m_export->setAccessibleDescription(tr("Writes the whole mapping to a CSV file"));
    m_notice->setNames(QStringLiteral("mappingSection"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);

    connect(m_edit, &QPushButton::clicked, this, &MappingSection::editRequested);
    connect(m_export, &QPushButton::clicked, this, &MappingSection::chooseExportFile);
    connect(&m_mapping, &CompanyMapping::entriesReset, this, [this] { refresh(m_editable); });
    connect(&m_mapping, &CompanyMapping::entryChanged, this, [this] { refresh(m_editable); });
    refresh(true);
}

QString MappingSection::summaryText(const CompanyMapping &mapping)
{
    int mapped = 0;
    int proposed = 0;
    int unmapped = 0;
    int missing = 0;
    for (const MappingEntry &e : mapping.entries()) {
        switch (e.state()) {
        case MappingState::Mapped:
            ++mapped;
            break;
        case MappingState::Proposed:
            ++proposed;
            break;
        case MappingState::Unmapped:
            ++unmapped;
            break;
        case MappingState::Missing:
            ++missing;
            break;
        }
    }
    if (mapping.count() == 0)
        return tr("No Phin organisations yet.");
    // One plural-aware part per count: "1 proposée" and "2 proposées" need different words.
    //: Part of the company mapping summary; the count is of Phin organisations.
    return QStringList { tr("%Ln mapped", nullptr, mapped),
        //: Part of the company mapping summary; the count is of Phin organisations.
        tr("%Ln proposed", nullptr, proposed),
        //: Part of the company mapping summary; the count is of Phin organisations.
        tr("%Ln unmapped", nullptr, unmapped),
        //: Part of the company mapping summary; the count is of Phin organisations.
        tr("%Ln missing in ConnectWise", nullptr, missing) }
        //: Separates the parts of the company mapping summary.
        .join(tr(", "));
}

void MappingSection::refresh(bool editable)
{
    m_editable = editable;
    QString text = summaryText(m_mapping);
    if (!editable) {
        text += QLatin1Char('\n')
            + tr("Disconnected: without keys the companies cannot be loaded, so the mapping "
                 "is read-only until you connect again. It is kept, and you can export it.");
    }
    m_summary->setText(text);
    m_edit->setVisible(editable);
    m_export->setEnabled(m_mapping.count() > 0);
}

void MappingSection::chooseExportFile()
{
    // Non-modal: the page keeps running while the dialog is open.
    auto *dialog = new QFileDialog(
        this, tr("Export company mapping"), QString(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportMappingDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("phin-company-mapping.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportTo(path); });
    dialog->open();
}

bool MappingSection::writeCsv(const CompanyMapping &mapping, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(mapping.exportCsv()) >= 0 && file.commit())
        return true;
    *error = tr("The mapping could not be written to %1: %2").arg(path, file.errorString());
    return false;
}

bool MappingSection::exportTo(const QString &path)
{
    QString error;
    if (!writeCsv(m_mapping, path, &error)) {
        m_notice->show(InlineNotice::Kind::Error, error.toHtmlEscaped());
        return false;
    }
    m_notice->show(InlineNotice::Kind::Success,
        tr("Exported %n organisation(s) to %1.", nullptr, m_mapping.count())
            .arg(path)
            .toHtmlEscaped());
    return true;
}
