// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

class QGridLayout;
class WizardContext;
namespace Ui {
class PreparePage;
}

/// Step 2: the security role and API member to create in ConnectWise, tailored to the chosen
/// features. Every line comes from the permission catalog.
class PreparePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreparePage(WizardContext &context, QWidget *parent = nullptr);
    ~PreparePage() override;

    /// The role name the guide asks for.
    static QString roleName();
    /// The permission lines shown, in the guide's wording
    /// ("Finance > Agreements > Edit Level (All)").
    QStringList permissionLines() const { return m_lines; }
    /// Whether the API member steps include the default service board.
    bool needsDefaultBoard() const { return m_needsDefaultBoard; }

    void initializePage() override;
    int nextId() const override;

private:
    void rebuild();
    void copyText(const QString &text, const QString &what);

    WizardContext &m_context;
    std::unique_ptr<Ui::PreparePage> m_ui;
    QStringList m_lines;
    bool m_needsDefaultBoard = false;
};
