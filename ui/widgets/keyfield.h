// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

/// A masked line edit for a short key string with a "Show"/"Hide" toggle. Pasted whitespace
/// around the key is trimmed (and trimmedWhitespace() says so, for an inline note).
class KeyField : public QWidget
{
    Q_OBJECT
public:
    explicit KeyField(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    bool isRevealed() const;
    void setRevealed(bool revealed);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *toggleButton() const { return m_toggle; }

    /// Names the edit and the toggle ("privateKey" -> "privateKeyEdit", "showPrivateKeyButton").
    void setNames(const QString &base);

signals:
    void textChanged(const QString &text);
    /// Emitted when whitespace around an entered key was removed.
    void trimmedWhitespace();

private:
    void onTextEdited(const QString &text);
    void updateToggle();

    QLineEdit *m_edit = nullptr;
    QToolButton *m_toggle = nullptr;
};
