// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inlinenotice.h"

#include "statusicons.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>

InlineNotice::InlineNotice(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    m_text->setWordWrap(true);
    // Callers pass escaped rich text, so that names in messages can be emphasised safely.
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_text->setOpenExternalLinks(false);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &InlineNotice::actionTriggered);
    QFrame::setVisible(false);
    applyPalette();
}

void InlineNotice::show(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    m_text->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QIcon icon;
    switch (kind) {
    case Kind::Info:
        icon = style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this);
        break;
    case Kind::Progress:
        icon = statusIcon(StatusKind::Running);
        break;
    case Kind::Success:
        icon = statusIcon(StatusKind::Granted);
        break;
    case Kind::Warning:
        icon = statusIcon(StatusKind::Insufficient);
        break;
    case Kind::Error:
        icon = statusIcon(StatusKind::Missing);
        break;
    }
    m_icon->setPixmap(icon.pixmap(size, size));
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_action->setAccessibleName(QString(actionText).remove(QLatin1Char('&')));
    // The button's purpose is the message next to it.
    QTextDocument plain;
    plain.setHtml(text);
    m_action->setAccessibleDescription(plain.toPlainText());
    setAccessibleDescription(plain.toPlainText());
    m_text->setAccessibleName(plain.toPlainText());
    applyPalette();
    QFrame::setVisible(!text.isEmpty());
    if (kind == Kind::Error || kind == Kind::Warning) {
        // Screen readers announce an error that appears next to a field.
        QAccessibleEvent announce(m_text, QAccessible::Alert);
        QAccessible::updateAccessibility(&announce);
    }
}

void InlineNotice::clear()
{
    m_text->clear();
    m_action->hide();
    QFrame::setVisible(false);
}

QString InlineNotice::text() const
{
    return m_text->text();
}

void InlineNotice::setNames(const QString &base)
{
    setObjectName(base + QStringLiteral("Notice"));
    m_text->setObjectName(base + QStringLiteral("NoticeText"));
    m_action->setObjectName(base + QStringLiteral("RetryButton"));
}

void InlineNotice::applyPalette()
{
    // A palette role, not a colour, so a dark theme keeps its contrast.
    setBackgroundRole(QPalette::AlternateBase);
    setFrameShadow(m_kind == Kind::Error ? QFrame::Raised : QFrame::Plain);
}
