// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

/// A message shown next to what it is about, instead of a modal dialog: an icon, a wrapped text
/// and an optional action button (usually "Retry"). Hidden while empty. Colours come from the
/// palette so that dark themes work; the kind only changes the icon and the frame's role.
class InlineNotice : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Progress, Success, Warning, Error };

    explicit InlineNotice(QWidget *parent = nullptr);

    /// Shows text (rich text: escape anything that came from input); actionText (e.g. "&Retry")
    /// adds a button that emits actionTriggered().
    void show(Kind kind, const QString &text, const QString &actionText = {});
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;
    bool isActive() const { return !text().isEmpty(); }
    QPushButton *actionButton() const { return m_action; }

    /// Gives the children object names derived from base ("lookup" -> "lookupNoticeText",
    /// "lookupRetryButton") so tests and accessibility tools can find them.
    void setNames(const QString &base);

signals:
    void actionTriggered();

private:
    void applyPalette();

    Kind m_kind = Kind::Info;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
};
