// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject minimalScenario()
{
    return QJsonDocument::fromJson(R"({
        "name": "minimal",
        "company": { "id": "acme", "name": "Acme MSP" },
        "keys": { "public": "pub", "private": "priv" },
        "apiMember": { "identifier": "api", "defaultBoard": 1 },
        "role": { "name": "R", "levels": { "Finance/Agreements": { "edit": "All" } } },
        "faults": [ { "path": "/system/info", "kind": "500" } ],
        "seed": { "boards": [ { "id": 1, "name": "Desk" } ], "companies": [ { "id": 2, "identifier": "acme" } ] }
    })")
        .object();
}

/// Sets (or with an undefined value removes) the value at a dotted path like "role.levels".
QJsonObject withValue(QJsonObject object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            object.remove(path.first());
        else
            object.insert(path.first(), value);
        return object;
    }
    const QJsonValue child = object.value(path.first());
    if (child.isArray()) {
        QJsonArray array = child.toArray();
        const int index = path.at(1).toInt();
        if (path.size() == 2)
            array[index] = value;
        else
            array[index] = withValue(array.at(index).toObject(), path.mid(2), value);
        object.insert(path.first(), array);
        return object;
    }
    object.insert(path.first(), withValue(child.toObject(), path.mid(1), value));
    return object;
}

QByteArray mutated(const QString &dottedPath, const QJsonValue &value)
{
    return QJsonDocument(withValue(minimalScenario(), dottedPath.split(QLatin1Char('.')), value))
        .toJson();
}

} // namespace

class TestSandboxScenario : public QObject
{
    Q_OBJECT
private slots:
    void builtinsAreShipped()
    {
        const QStringList names = Scenario::builtinNames();
        for (const char *required : { "ready", "billing-only-role", "missing-attachments",
                 "no-default-board", "inquire-my-only", "flaky-network", "on-prem-self-signed",
                 "api-member-locked-down", "admin-role", "bad-client-id" })
            QVERIFY2(names.contains(QLatin1String(required)), required);
        QVERIFY(names.size() >= 10);
    }

    void builtinLoads_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : Scenario::builtinNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void builtinLoads()
    {
        QFETCH(QString, name);
        QString error;
        const Scenario s = Scenario::load(name, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(s.name, name);
        QVERIFY(!s.description.isEmpty());
        QVERIFY(!s.companyId.isEmpty());
        QVERIFY(!s.privateKey.isEmpty());
        // The MSP's own company is a seed record whose identifier is the company id.
        bool ownCompany = false;
        for (const QJsonValue &c : s.companies)
            ownCompany = ownCompany
                || c.toObject().value(QStringLiteral("identifier")).toString() == s.companyId;
        QVERIFY(ownCompany);
    }

    void extendsMergesOverTheBase()
    {
        QString error;
        const Scenario ready = Scenario::load(QStringLiteral("ready"), &error);
        const Scenario missing = Scenario::load(QStringLiteral("missing-attachments"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(missing.companyId, ready.companyId);
        QCOMPARE(
            missing.levelsFor(QStringLiteral("Companies/Manage Attachments")).level(Access::Add),
            AccessLevel::None);
        QCOMPARE(
            missing.levelsFor(QStringLiteral("Service Desk/Service Tickets")).level(Access::Add),
            AccessLevel::All);
        const Scenario my = Scenario::load(QStringLiteral("inquire-my-only"), &error);
        // Column-wise merge: inquire changed, add kept from the base.
        QCOMPARE(my.levelsFor(QStringLiteral("Companies/Manage Attachments")).inquire,
            QStringLiteral("My"));
        QCOMPARE(my.levelsFor(QStringLiteral("Companies/Manage Attachments")).add,
            QStringLiteral("All"));
        const Scenario noBoard = Scenario::load(QStringLiteral("no-default-board"), &error);
        QCOMPARE(noBoard.defaultBoardId, 0);
        const Scenario locked = Scenario::load(QStringLiteral("api-member-locked-down"), &error);
        QVERIFY(!locked.mySecurityRouted);
        QVERIFY(!locked.myMembersRouted);
        const Scenario admin = Scenario::load(QStringLiteral("admin-role"), &error);
        QCOMPARE(admin.levelsFor(QStringLiteral("System/Table Setup")).del, QStringLiteral("All"));
    }

    void extendsAFileNextToIt()
    {
        QTemporaryDir dir;
        QFile base(dir.filePath(QStringLiteral("base.json")));
        QVERIFY(base.open(QIODevice::WriteOnly));
        base.write(QJsonDocument(minimalScenario()).toJson());
        base.close();
        QFile derived(dir.filePath(QStringLiteral("derived.json")));
        QVERIFY(derived.open(QIODevice::WriteOnly));
        derived.write(R"({"extends": "base.json", "name": "derived", "latencyMs": 40})");
        derived.close();
        QString error;
        const Scenario s = Scenario::load(derived.fileName(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(s.name, QStringLiteral("derived"));
        QCOMPARE(s.latencyMs, 40);
        QCOMPARE(s.companyId, QStringLiteral("acme"));
    }

    void minimalDefaults()
    {
        QString error;
        const Scenario s = Scenario::fromJson(
            QJsonDocument(minimalScenario()).toJson(), QStringLiteral("m.json"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(s.acceptedClientIds.isEmpty());
        QVERIFY(s.mySecurityRouted);
        QCOMPARE(s.codebase, QStringLiteral("v2025_1/"));
        QCOMPARE(s.levelsFor(QStringLiteral("Finance/Agreements")).level(Access::Edit),
            AccessLevel::All);
        QCOMPARE(s.levelsFor(QStringLiteral("Finance/Agreements")).level(Access::Inquire),
            AccessLevel::None);
        QCOMPARE(s.faults.size(), 1);
        QCOMPARE(s.faults.first().kind, FaultKind::ServerError);
    }

    void badFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid-json")
            << QByteArray("{\n \"name\": \"x\",\n }") << "$: invalid JSON at line 3";
        QTest::newRow("top-level-array") << QByteArray("[]") << "$: expected a JSON object";
        QTest::newRow("missing-name")
            << mutated("name", QJsonValue::Undefined) << "$.name: required field is missing";
        QTest::newRow("empty-name") << mutated("name", QString()) << "$.name: must not be empty";
        QTest::newRow("missing-company")
            << mutated("company", QJsonValue::Undefined) << "$.company: required object is missing";
        QTest::newRow("missing-company-id") << mutated("company.id", QJsonValue::Undefined)
                                            << "$.company.id: required field is missing";
        QTest::newRow("company-id-number")
            << mutated("company.id", 7) << "$.company.id: expected a string, got a number";
        QTest::newRow("cloud-not-bool") << mutated("company.cloud", QStringLiteral("yes"))
                                        << "$.company.cloud: expected true or false";
        QTest::newRow("codebase-without-slash") << mutated("company.codebase",
            QStringLiteral("v2025_1")) << "$.company.codebase: must be one path segment";
        QTest::newRow("missing-private-key") << mutated("keys.private", QJsonValue::Undefined)
                                             << "$.keys.private: required field is missing";
        QTest::newRow("latency-string") << mutated("latencyMs", QStringLiteral("fast"))
                                        << "$.latencyMs: expected a whole number, got a string";
        QTest::newRow("latency-negative")
            << mutated("latencyMs", -5) << "$.latencyMs: must be between 0";
        QTest::newRow("latency-fraction")
            << mutated("latencyMs", 1.5) << "$.latencyMs: expected a whole number";
        QTest::newRow("unknown-top-field") << mutated("colour", 1) << "$.colour: unknown field";
        QTest::newRow("unknown-company-field")
            << mutated("company.region", 1) << "$.company.region: unknown field";
        QTest::newRow("clientIds-string") << mutated("clientIds", QStringLiteral("abc"))
                                          << "$.clientIds: expected an array of strings or null";
        QTest::newRow("clientIds-empty-entry") << mutated("clientIds", QJsonArray { QString() })
                                               << "$.clientIds[0]: expected a non-empty string";
        QTest::newRow("bad-level") << mutated("role.levels",
            QJsonObject { { QStringLiteral("Finance/Agreements"),
                QJsonObject { { QStringLiteral("edit"), QStringLiteral("Sometimes") } } } })
                                   << "$.role.levels[\"Finance/Agreements\"].edit: expected one of "
                                      "All, My, Mine, None, got \"Sometimes\"";
        QTest::newRow("level-number")
            << mutated("role.levels", QJsonObject { { QStringLiteral("System/Table Setup"), 3 } })
            << "$.role.levels[\"System/Table Setup\"]: expected a level string or an object";
        QTest::newRow("unknown-function")
            << mutated("role.levels",
                   QJsonObject { { QStringLiteral("Sales/Opportunities"), QStringLiteral("All") } })
            << "$.role.levels[\"Sales/Opportunities\"]: unknown module function";
        QTest::newRow("admin-not-bool")
            << mutated("role.admin", 1) << "$.role.admin: expected true or false";
        QTest::newRow("routing-not-bool") << mutated(
            "routing", QJsonObject { { QStringLiteral("mySecurity"), QStringLiteral("no") } })
                                          << "$.routing.mySecurity: expected true or false";
        QTest::newRow("unknown-fault-kind") << mutated("faults.0.kind", QStringLiteral("explode"))
                                            << "$.faults[0].kind: unknown fault kind \"explode\"";
        QTest::newRow("fault-missing-kind") << mutated("faults.0.kind", QJsonValue::Undefined)
                                            << "$.faults[0].kind: required field is missing";
        QTest::newRow("fault-path-relative") << mutated("faults.0.path",
            QStringLiteral("system/info")) << "$.faults[0].path: must start with a slash";
        QTest::newRow("fault-bad-match") << mutated("faults.0.match", QStringLiteral("regex"))
                                         << "$.faults[0].match: expected \"prefix\" or \"exact\"";
        QTest::newRow("fault-count-zero")
            << mutated("faults.0.count", 0) << "$.faults[0].count: must be between 1";
        QTest::newRow("fault-not-object") << mutated("faults", QJsonArray { 5 })
                                          << "$.faults[0]: expected an object, got a number";
        QTest::newRow("default-board-unknown") << mutated("apiMember.defaultBoard",
            7) << "$.apiMember.defaultBoard: board 7 is not in seed.boards";
        QTest::newRow("seed-not-array") << mutated("seed.companies", QJsonObject())
                                        << "$.seed.companies: expected an array, got an object";
        QTest::newRow("seed-record-without-id") << mutated("seed.boards",
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("x") } } })
                                                << "$.seed.boards[0].id: required field is missing";
        QTest::newRow("seed-duplicate-id") << mutated("seed.boards",
            QJsonArray { QJsonObject { { QStringLiteral("id"), 1 } },
                QJsonObject { { QStringLiteral("id"), 1 } } })
                                           << "$.seed.boards[1].id: duplicate id 1";
        QTest::newRow("seed-company-without-identifier")
            << mutated("seed.companies", QJsonArray { QJsonObject { { QStringLiteral("id"), 3 } } })
            << "$.seed.companies[0].identifier: required field is missing";
        QTest::newRow("extends-unknown") << mutated("extends",
            QStringLiteral("nope")) << "$.extends: no built-in scenario or file named \"nope\"";
        QTest::newRow("extends-number")
            << mutated("extends", 3) << "$.extends: expected the name or file of another scenario";
        QTest::newRow("extends-itself")
            << mutated("extends", QStringLiteral("broken.json")) << "extends itself (a cycle)";
    }
    void badFile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        QString error;
        const Scenario s = Scenario::load(path, &error);
        QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: ") + error));
        // The error names the file the user has to fix.
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY(s.name.isEmpty());
    }

    void unknownNameListsTheBuiltins()
    {
        QString error;
        Scenario::load(QStringLiteral("no-such-scenario"), &error);
        QVERIFY(error.contains(QStringLiteral("no-such-scenario")));
        QVERIFY(error.contains(QStringLiteral("ready")));
    }

    void faultMatching()
    {
        FaultRule rule;
        rule.method = QStringLiteral("GET");
        rule.path = QStringLiteral("/company/companies");
        QVERIFY(rule.matches(QStringLiteral("GET"), QStringLiteral("/company/companies/250")));
        QVERIFY(!rule.matches(QStringLiteral("POST"), QStringLiteral("/company/companies")));
        rule.exact = true;
        QVERIFY(!rule.matches(QStringLiteral("GET"), QStringLiteral("/company/companies/250")));
        QVERIFY(rule.matches(QStringLiteral("GET"), QStringLiteral("/company/companies")));
        rule.method = QStringLiteral("*");
        QVERIFY(rule.matches(QStringLiteral("DELETE"), QStringLiteral("/company/companies")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxScenario)
#include "tst_sandboxscenario.moc"
