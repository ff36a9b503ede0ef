// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

/// How to test one catalog row without changing anything (from assumptions.json "probes").
struct ProbeSpec
{
    QByteArray method;
    QString path; ///< relative to the API base URL
    QString query; ///< already percent-encoded
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QString, QString>> multipartFields; ///< sent as multipart/form-data when set
    QList<int> grantedStatuses;
    QList<int> ambiguousStatuses;
    QString ambiguousNote;
    bool isWrite() const { return method != "GET" && method != "HEAD"; }
};

/// Everything not settled about ConnectWise, loaded from resources/connectwise/assumptions.json.
/// The engine reads these values instead of hard-coding hosts, headers, levels or probes, so a
/// calibration on a live server changes one file.
struct ConnectWiseAssumptions
{
    QHash<QString, QString> cloudLoginToApi; ///< login host -> api- host
    QString onPremCodebase;
    QByteArray acceptHeader;
    QByteArray clientIdHeader;

    QString companyInfoPath; ///< contains {companyId}
    QStringList unknownCompanyBodies;
    QList<int> unknownCompanyStatuses;

    QRegularExpression clientIdMessagePattern;

    QString levelAll;
    QStringList levelOwnOnly;
    QString levelNone;
    QHash<QString, QString> levelFields; ///< catalog level ("inquire") -> JSON field

    QHash<QString, QPair<QString, QString>> securityNames; ///< "Module/Function" -> names

    QString systemInfoPath;
    QString selfMemberPath;
    QString selfMemberFields;
    QString selfSecurityPath;
    int selfSecurityPageSize = 1000;
    QList<int> selfNotAvailableStatuses;

    QList<int> probeDeniedStatuses;
    QHash<QString, ProbeSpec> probes; ///< keyed by catalog id
    QString ownCompanyQuery; ///< path?query with {companyId}
    QStringList ownCompanyAppliesTo; ///< catalog ids whose All/My the own-company query tells

    QStringList adminRoleNames;
    QString defaultBoardField;
    QString apiMemberQuery; ///< path?query with {identifier}
    QString memberQuery; ///< path?query with {identifier}

    QRegularExpression keyPattern;
    QRegularExpression companyIdPattern;

    int maxRateLimitRetries = 3;
    QRegularExpression serverTimeoutPattern;
    int maxServerTimeoutRetries = 1;

    QJsonObject raw; ///< the whole document, for readers that need other keys

    /// Loads the embedded :/connectwise/assumptions.json.
    static ConnectWiseAssumptions load(QString *error = nullptr);
    /// Parses a document; on failure returns an empty value and says why in *error.
    static ConnectWiseAssumptions fromJson(const QByteArray &json, QString *error = nullptr);
    bool isValid() const { return !acceptHeader.isEmpty() && !systemInfoPath.isEmpty(); }
};
