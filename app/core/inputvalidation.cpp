// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputvalidation.h"

#include "connectwiseassumptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// Q_DECLARE_TR_FUNCTIONS gives these free functions the "InputValidation" context that lupdate
// sees.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InputValidation)
};

InputIssue issue(InputField field, IssueSeverity severity, const char *code, const QString &message)
{
    return { field, severity, QString::fromLatin1(code), message };
}

// Trims ASCII whitespace (spaces, tabs, line breaks) and says how much was removed.
QByteArray trimmed(const QByteArray &value, int *removed)
{
    const QByteArray t = value.trimmed();
    *removed = int(value.size() - t.size());
    return t;
}

void checkOneKey(InputField field, const QByteArray &key, const ConnectWiseAssumptions &assumptions,
    QList<InputIssue> *issues)
{
    const QString name = InputValidation::fieldName(field);
    if (key.isEmpty()) {
        issues->append(issue(field, IssueSeverity::Error, "empty",
            Text::tr("%1: paste the key from System > Members > API Members > (your member) > API "
                     "Keys.")
                .arg(name)));
        return;
    }
    static const QRegularExpression label(QStringLiteral("^(public|private)?\\s*key\\s*[:=]"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(key);
    if (label.match(text).hasMatch()) {
        issues->append(issue(field, IssueSeverity::Error, "label",
            Text::tr("%1: remove the label in front of the key and paste only the key itself.")
                .arg(name)));
        return;
    }
    if ((key.startsWith('"') && key.endsWith('"'))
        || (key.startsWith('\'') && key.endsWith('\''))) {
        issues->append(issue(field, IssueSeverity::Error, "quoted",
            Text::tr("%1: remove the quotation marks around the key.").arg(name)));
        return;
    }
    for (const char c : key) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            issues->append(issue(field, IssueSeverity::Error, "inner-whitespace",
                Text::tr("%1: the key contains a space or line break. Copy the key again in one "
                         "piece.")
                    .arg(name)));
            return;
        }
        if (static_cast<unsigned char>(c) >= 0x80 || static_cast<unsigned char>(c) < 0x20) {
            issues->append(issue(field, IssueSeverity::Error, "non-ascii",
                Text::tr(
                    "%1: the key contains characters that ConnectWise keys never have (for "
                    "example curly quotes or an ellipsis). Copy the key again from ConnectWise.")
                    .arg(name)));
            return;
        }
    }
    if (field == InputField::PublicKey && key.contains(':')) {
        issues->append(issue(field, IssueSeverity::Error, "colon",
            Text::tr("%1: a public key never contains a colon. Paste only the public key.")
                .arg(name)));
        return;
    }
    if (assumptions.keyPattern.isValid() && !assumptions.keyPattern.pattern().isEmpty()
        && !assumptions.keyPattern.match(text).hasMatch()) {
        issues->append(issue(field, IssueSeverity::Warning, "unusual-format",
            Text::tr("%1: the key is %n character(s) long, but ConnectWise keys are usually 16 "
                     "letters and digits. Check that you copied the whole key.",
                nullptr, int(key.size()))
                .arg(name)));
    }
}

} // namespace

bool CompanyIdCheck::ok() const
{
    return !InputValidation::hasErrors(issues);
}

bool KeysCheck::ok() const
{
    return !InputValidation::hasErrors(issues);
}

bool InputValidation::hasErrors(const QList<InputIssue> &issues)
{
    for (const auto &i : issues) {
        if (i.severity == IssueSeverity::Error)
            return true;
    }
    return false;
}

QString InputValidation::fieldName(InputField field)
{
    switch (field) {
    case InputField::Site:
        return QCoreApplication::translate("InputValidation", "ConnectWise site");
    case InputField::CompanyId:
        return QCoreApplication::translate("InputValidation", "Company ID");
    case InputField::PublicKey:
        return QCoreApplication::translate("InputValidation", "Public key");
    case InputField::PrivateKey:
        return QCoreApplication::translate("InputValidation", "Private key");
    }
    return {};
}

QString InputValidation::publicKeyHint(const QByteArray &publicKey)
{
    if (publicKey.size() < 8) // too short to show any part of it safely
        return QStringLiteral("…");
    return QStringLiteral("…") + QString::fromLatin1(publicKey.right(4));
}

CompanyIdCheck InputValidation::checkCompanyId(
    const QString &input, const ConnectWiseAssumptions &assumptions)
{
    CompanyIdCheck result;
    const QString name = fieldName(InputField::CompanyId);
    result.value = input.trimmed();
    const int removed = int(input.size() - result.value.size());
    if (removed > 0 && !result.value.isEmpty()) {
        result.issues.append(issue(InputField::CompanyId, IssueSeverity::Notice, "trimmed",
            Text::tr("%1: removed %n space(s) or line break(s) around the value.", nullptr, removed)
                .arg(name)));
    }
    const QString &v = result.value;
    if (v.isEmpty()) {
        result.issues.append(issue(InputField::CompanyId, IssueSeverity::Error, "empty",
            Text::tr("%1: enter the company you type in the Company field of the ConnectWise login "
                     "page (for example acme).")
                .arg(name)));
        return result;
    }
    if (v.contains(QLatin1String("://")) || v.contains(QLatin1String("myconnectwise"))
        || (v.contains(QLatin1Char('.')) && v.contains(QLatin1Char('/')))) {
        result.issues.append(issue(InputField::CompanyId, IssueSeverity::Error, "looks-like-url",
            Text::tr("%1: this looks like a web address. Put the address in ConnectWise site and "
                     "enter the short login company here (the Company field on the login page).")
                .arg(name)));
        return result;
    }
    if (v.contains(QRegularExpression(QStringLiteral("\\s")))) {
        result.issues.append(issue(InputField::CompanyId, IssueSeverity::Error, "display-name",
            Text::tr(
                "%1: \"%2\" contains spaces, so it looks like the company's display name. Enter "
                "the short login company instead (the Company field on the login page, also "
                "shown in the address under System > My Company).")
                .arg(name, v)));
        return result;
    }
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (digits.match(v).hasMatch()) {
        result.issues.append(issue(InputField::CompanyId, IssueSeverity::Error, "numeric",
            Text::tr("%1: \"%2\" is a number, which looks like a record id. Enter the short login "
                     "company you type on the ConnectWise login page instead.")
                .arg(name, v)));
        return result;
    }
    if (assumptions.companyIdPattern.isValid() && !assumptions.companyIdPattern.pattern().isEmpty()
        && !assumptions.companyIdPattern.match(v).hasMatch()) {
        result.issues.append(issue(InputField::CompanyId, IssueSeverity::Error, "characters",
            Text::tr("%1: \"%2\" contains characters a login company does not have. Use only "
                     "letters, digits, '-' and '_', as on the login page.")
                .arg(name, v)));
    }
    return result;
}

KeysCheck InputValidation::checkKeys(const QByteArray &publicKey, const QByteArray &privateKey,
    const ConnectWiseAssumptions &assumptions)
{
    KeysCheck result;
    int removedPublic = 0;
    int removedPrivate = 0;
    result.publicKey = trimmed(publicKey, &removedPublic);
    result.privateKey = trimmed(privateKey, &removedPrivate);
    if (removedPublic > 0 && !result.publicKey.isEmpty()) {
        result.issues.append(issue(InputField::PublicKey, IssueSeverity::Notice, "trimmed",
            Text::tr(
                "%1: removed %n space(s) or line break(s) around the key.", nullptr, removedPublic)
                .arg(fieldName(InputField::PublicKey))));
    }
    if (removedPrivate > 0 && !result.privateKey.isEmpty()) {
        result.issues.append(issue(InputField::PrivateKey, IssueSeverity::Notice, "trimmed",
            Text::tr(
                "%1: removed %n space(s) or line break(s) around the key.", nullptr, removedPrivate)
                .arg(fieldName(InputField::PrivateKey))));
    }
    checkOneKey(InputField::PublicKey, result.publicKey, assumptions, &result.issues);
    checkOneKey(InputField::PrivateKey, result.privateKey, assumptions, &result.issues);
    if (!result.publicKey.isEmpty() && result.publicKey == result.privateKey) {
        result.issues.append(issue(InputField::PrivateKey, IssueSeverity::Error, "same-keys",
            Text::tr(
                "%1: it is the same as the public key. Paste the private key here; ConnectWise "
                "shows it only once, when the key is created (create a new key if it is lost).")
                .arg(fieldName(InputField::PrivateKey))));
    }
    return result;
}
