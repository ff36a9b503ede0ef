// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectwiseassumptions.h"

#include "corelogging.h"
#include "jsonresource.h"

#include <QJsonArray>

namespace {

QList<int> intList(const QJsonValue &value)
{
    QList<int> out;
    const QJsonArray array = value.toArray();
    for (const auto &v : array)
        out.append(v.toInt());
    return out;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const auto &v : array)
        out.append(v.toString());
    return out;
}

// Patterns in the file use the (?i) prefix of PCRE; QRegularExpression understands it.
QRegularExpression pattern(const QJsonValue &value)
{
    return QRegularExpression(value.toString());
}

} // namespace

ConnectWiseAssumptions ConnectWiseAssumptions::load(QString *error)
{
    QByteArray json;
    if (!readDataFile(QStringLiteral(":/connectwise/assumptions.json"),
            QStringLiteral("assumptions.json"), &json, error))
        return {};
    return fromJson(json, error);
}

ConnectWiseAssumptions ConnectWiseAssumptions::fromJson(const QByteArray &json, QString *error)
{
    QJsonObject root;
    if (!parseJsonObject(json, QStringLiteral("assumptions.json"), &root, error))
        return {};
    ConnectWiseAssumptions a;
    a.raw = root;

    const QJsonObject hosts = root.value(QLatin1String("hosts")).toObject();
    const QJsonObject map = hosts.value(QLatin1String("cloudLoginToApi")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        a.cloudLoginToApi.insert(it.key().toLower(), it.value().toString().toLower());
    a.onPremCodebase = hosts.value(QLatin1String("onPremCodebase")).toString();

    const QJsonObject headers = root.value(QLatin1String("headers")).toObject();
    a.acceptHeader = headers.value(QLatin1String("accept")).toString().toUtf8();
    a.clientIdHeader = headers.value(QLatin1String("clientId")).toString().toUtf8();

    const QJsonObject info = root.value(QLatin1String("companyInfo")).toObject();
    a.companyInfoPath = info.value(QLatin1String("path"))
                            .toString(QStringLiteral("login/companyinfo/{companyId}"));
    a.unknownCompanyBodies = stringList(info.value(QLatin1String("unknownCompanyBodies")));
    a.unknownCompanyStatuses = intList(info.value(QLatin1String("unknownCompanyStatuses")));

    a.clientIdMessagePattern
        = pattern(root.value(QLatin1String("clientIdRejection"))[QLatin1String("messagePattern")]);

    const QJsonObject levels = root.value(QLatin1String("levels")).toObject();
    a.levelAll = levels.value(QLatin1String("all")).toString();
    a.levelOwnOnly = stringList(levels.value(QLatin1String("ownOnly")));
    a.levelNone = levels.value(QLatin1String("none")).toString();
    const QJsonObject fields = levels.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        a.levelFields.insert(it.key(), it.value().toString());

    const QJsonObject names = root.value(QLatin1String("securityNames")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')))
            continue;
        const QJsonObject n = it.value().toObject();
        a.securityNames.insert(it.key(),
            { n.value(QLatin1String("moduleName")).toString(),
                n.value(QLatin1String("functionName")).toString() });
    }

    a.systemInfoPath = root.value(QLatin1String("systemInfo"))[QLatin1String("path")].toString();
    const QJsonObject self = root.value(QLatin1String("selfRead")).toObject();
    a.selfMemberPath = self.value(QLatin1String("member")).toString();
    a.selfMemberFields = self.value(QLatin1String("memberFields")).toString();
    a.selfSecurityPath = self.value(QLatin1String("security")).toString();
    a.selfSecurityPageSize = self.value(QLatin1String("securityPageSize")).toInt(1000);
    a.selfNotAvailableStatuses = intList(self.value(QLatin1String("notAvailableStatuses")));

    const QJsonObject probes = root.value(QLatin1String("probes")).toObject();
    a.probeDeniedStatuses = intList(probes.value(QLatin1String("deniedStatuses")));
    for (auto it = probes.begin(); it != probes.end(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject p = it.value().toObject();
        ProbeSpec spec;
        spec.method = p.value(QLatin1String("method")).toString().toUtf8();
        spec.path = p.value(QLatin1String("path")).toString();
        spec.query = p.value(QLatin1String("query")).toString();
        spec.body = p.value(QLatin1String("body")).toString().toUtf8();
        spec.contentType = p.value(QLatin1String("contentType")).toString().toUtf8();
        const QJsonObject multipart = p.value(QLatin1String("multipart")).toObject();
        for (auto m = multipart.begin(); m != multipart.end(); ++m)
            spec.multipartFields.append({ m.key(), m.value().toString() });
        spec.grantedStatuses = intList(p.value(QLatin1String("grantedStatuses")));
        spec.ambiguousStatuses = intList(p.value(QLatin1String("ambiguousStatuses")));
        spec.ambiguousNote = p.value(QLatin1String("ambiguousNote")).toString();
        a.probes.insert(it.key(), spec);
    }
    const QJsonObject own = root.value(QLatin1String("ownOnlyEvidence")).toObject();
    a.ownCompanyQuery = own.value(QLatin1String("ownCompanyQuery")).toString();
    a.ownCompanyAppliesTo = stringList(own.value(QLatin1String("appliesTo")));

    a.adminRoleNames = stringList(root.value(QLatin1String("roles"))[QLatin1String("adminNames")]);
    const QJsonObject board = root.value(QLatin1String("defaultBoard")).toObject();
    a.defaultBoardField
        = board.value(QLatin1String("field")).toString(QStringLiteral("serviceDefaultBoard"));
    a.apiMemberQuery = board.value(QLatin1String("apiMemberQuery")).toString();
    a.memberQuery = board.value(QLatin1String("memberQuery")).toString();

    const QJsonObject inputs = root.value(QLatin1String("inputs")).toObject();
    a.keyPattern = pattern(inputs.value(QLatin1String("keyPattern")));
    a.companyIdPattern = pattern(inputs.value(QLatin1String("companyIdPattern")));

    const QJsonObject retry = root.value(QLatin1String("retry")).toObject();
    a.maxRateLimitRetries = retry.value(QLatin1String("maxRateLimitRetries")).toInt(3);
    a.serverTimeoutPattern = pattern(retry.value(QLatin1String("serverTimeoutMessagePattern")));
    a.maxServerTimeoutRetries = retry.value(QLatin1String("maxServerTimeoutRetries")).toInt(1);

    if (!a.isValid()) {
        if (error)
            *error = QStringLiteral("assumptions.json lacks headers.accept or systemInfo.path");
        return {};
    }
    qCDebug(lcPhinData) << "assumptions loaded:" << a.probes.size() << "probes";
    return a;
}
