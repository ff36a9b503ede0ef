// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparepage.h"

#include "permissioncatalog.h"
#include "setupwizard.h"
#include "ui_preparepage.h"
#include "wizardcontext.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>

namespace {
// The seed guide's name for the role; people search for it in ConnectWise later.
const QString kRoleName = QStringLiteral("Phin Integration");

QString levelWord(const QString &level)
{
    if (level.isEmpty())
        return level;
    return level.at(0).toUpper() + level.mid(1);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

PreparePage::PreparePage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::PreparePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Prepare ConnectWise"));
    setSubTitle(tr("Do these steps in ConnectWise Manage, then come back for the four values."));
    m_ui->adminNotice->setNames(QStringLiteral("admin"));
    m_ui->copyNotice->setNames(QStringLiteral("copy"));
    m_ui->roleNameEdit->setText(kRoleName);
    m_ui->roleNameCaption->setBuddy(m_ui->roleNameEdit);
    connect(m_ui->copyRoleNameButton, &QPushButton::clicked, this,
        [this] { copyText(kRoleName, tr("the role name")); });
    connect(m_ui->copyAllPermissionsButton, &QPushButton::clicked, this,
        [this] { copyText(m_lines.join(QLatin1Char('\n')), tr("all permission lines")); });
    connect(&m_context, &WizardContext::featuresChanged, this, &PreparePage::rebuild);
    rebuild();
}

PreparePage::~PreparePage() = default;

QString PreparePage::roleName()
{
    return kRoleName;
}

void PreparePage::initializePage()
{
    m_ui->copyNotice->clear();
    rebuild();
}

int PreparePage::nextId() const
{
    return SetupWizard::ConnectionPageId;
}

void PreparePage::rebuild()
{
    const PermissionCatalog &catalog = m_context.catalog();
    const QStringList features = m_context.features();
    QStringList featureNames;
    for (const QString &id : features)
        featureNames << catalog.featureName(id);

    m_ui->adminNotice->show(InlineNotice::Kind::Info,
        tr("If the API member will have the <b>Admin</b> role, skip this step: Admin already "
           "has every permission below."));
    m_ui->roleStepsLabel->setText(
        tr("<ol style=\"margin-left:0\"><li>In ConnectWise, go to <b>System &gt; Security "
           "Roles</b> and select <b>+</b>.</li><li>Name the role as below and save.</li>"
           "<li>Set these Security Module levels and save again.</li></ol>"));
    m_ui->permissionsCaption->setText(
        tr("Permissions needed for %1:").arg(QLocale().createSeparatedList(featureNames)));

    // Rows are rebuilt from the catalog every time the features change.
    QGridLayout *grid = m_ui->permissionsLayout;
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lines.clear();
    m_needsDefaultBoard = false;
    QString boardLocation;
    QWidget *previous = m_ui->copyRoleNameButton;
    int row = 0;
    for (const CatalogEntry &entry : catalog.entries()) {
        bool wanted = false;
        for (const QString &feature : entry.features)
            wanted = wanted || features.contains(feature);
        if (!wanted)
            continue;
        if (entry.kind == CheckKind::DefaultBoard) {
            m_needsDefaultBoard = true;
            boardLocation = entry.function;
            continue;
        }
        const QString line
            = tr("%1 > %2 > %3 Level (%4)")
                  .arg(entry.module, entry.function, levelWord(entry.level), entry.required);
        m_lines << line;
        auto *label = new QLabel(line, m_ui->scrollContents);
        label->setObjectName(QStringLiteral("permissionLabel"));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        auto *copy = new QPushButton(tr("Copy"), m_ui->scrollContents);
        copy->setObjectName(QStringLiteral("copyPermissionButton"));
        copy->setProperty("checkId", entry.id);
        copy->setAccessibleName(tr("Copy %1").arg(line));
        copy->setAccessibleDescription(tr("Copies this permission line to the clipboard"));
        connect(copy, &QPushButton::clicked, this, [this, line] { copyText(line, line); });
        grid->addWidget(label, row, 0);
        grid->addWidget(copy, row, 1);
        setTabOrder(previous, copy);
        previous = copy;
        ++row;
    }
    grid->setColumnStretch(0, 1);
    setTabOrder(previous, m_ui->copyAllPermissionsButton);

    QString steps = tr("<ol style=\"margin-left:0\"><li>Go to <b>System &gt; Members &gt; API "
                       "Members</b> and select <b>+</b>.</li>"
                       "<li>Fill in Member ID, Member Name and the required fields; choose the "
                       "<b>%1</b> role (or Admin).</li>")
                        .arg(escaped(kRoleName));
    if (m_needsDefaultBoard) {
        steps += tr("<li>Under <b>%1</b>, choose a default service board: Phin creates its "
                    "tickets there.</li>")
                     .arg(escaped(boardLocation));
    }
    steps += tr("<li>Open the <b>API Keys</b> tab, select <b>+</b>, enter a description and "
                "save. Copy the <b>Public Key</b> and the <b>Private Key</b> now: ConnectWise "
                "shows the private key only once.</li></ol>");
    m_ui->memberStepsLabel->setText(steps);
}

void PreparePage::copyText(const QString &text, const QString &what)
{
    QGuiApplication::clipboard()->setText(text);
    m_ui->copyNotice->show(InlineNotice::Kind::Success, tr("Copied %1.").arg(what.toHtmlEscaped()));
}
