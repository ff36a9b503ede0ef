// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfield.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

KeyField::KeyField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_toggle(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_toggle);
    m_edit->setEchoMode(QLineEdit::Password);
    // A key is never worth autocompleting or offering to the clipboard by drag.
    m_edit->setDragEnabled(false);
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData
        | Qt::ImhNoAutoUppercase);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_edit);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) { setRevealed(on); });
    connect(m_edit, &QLineEdit::textEdited, this, &KeyField::onTextEdited);
    connect(m_edit, &QLineEdit::textChanged, this, &KeyField::textChanged);
    updateToggle();
}

QString KeyField::text() const
{
    return m_edit->text();
}

void KeyField::setText(const QString &text)
{
    m_edit->setText(text.trimmed());
}

bool KeyField::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

void KeyField::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_toggle->isChecked() != revealed)
        m_toggle->setChecked(revealed);
    updateToggle();
}

void KeyField::setNames(const QString &base)
{
    QString upper = base;
    if (!upper.isEmpty())
        upper[0] = upper.at(0).toUpper();
    m_edit->setObjectName(base + QStringLiteral("Edit"));
    m_toggle->setObjectName(QStringLiteral("show") + upper + QStringLiteral("Button"));
}

void KeyField::onTextEdited(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed != text) {
        // Keys copied from ConnectWise often carry a trailing newline or spaces.
        const int cursor = qMin(m_edit->cursorPosition(), int(trimmed.size()));
        m_edit->setText(trimmed);
        m_edit->setCursorPosition(cursor);
        emit trimmedWhitespace();
    }
}

void KeyField::updateToggle()
{
    const bool revealed = isRevealed();
    m_toggle->setText(revealed ? tr("Hide") : tr("Show"));
    m_toggle->setAccessibleName(revealed ? tr("Hide the key") : tr("Show the key"));
    m_toggle->setToolTip(revealed ? tr("Mask the key again") : tr("Show the key as plain text"));
    m_toggle->setAccessibleDescription(m_toggle->toolTip());
}
