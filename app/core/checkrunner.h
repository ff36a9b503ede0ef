// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"
#include "companylookup.h"
#include "connectwiseassumptions.h"
#include "cwresponse.h"
#include "permissioncatalog.h"
#include "siteaddress.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

class HttpTransport;

/// What to check. The keys are overwritten in the runner's copy when the run ends; callers
/// should clear their own copies too.
struct CheckRequest
{
    QString site;
    QString companyId;
    QByteArray publicKey;
    QByteArray privateKey;
    QStringList features; ///< empty = every feature in the catalog
    /// Empty: every check of the selected features. Otherwise only these catalog ids (e.g.
    /// CatalogChanges::checkIds() after a newer catalog shipped); the rest are reported Skipped.
    QStringList onlyCheckIds;
    QString clientId; ///< sent on every authenticated call; empty sends none
    int timeoutMs = 30000; ///< bounds the whole run
    bool sequential = false; ///< one request at a time (benchmark baseline)
    /// The API member's identifier when people typed it: lets the default board be read when
    /// ConnectWise does not let the member read itself.
    QString memberIdentifier;
    /// A lookup already answered for this site and company (the wizard's background lookup);
    /// saves a round trip. Ignored unless it succeeded.
    std::optional<CompanyInfoResult> companyInfo;
};

struct CheckRunnerOptions
{
    ConnectWiseAssumptions assumptions;
    PermissionCatalog catalog;
    QString toolName = QStringLiteral("phin-cw-check");
    QString toolVersion;
    /// The embedded assumptions and catalog, and the built-in version.
    static CheckRunnerOptions defaults();
};

enum class CheckStage { Idle, ValidatingInput, LookingUpCompany, Connecting, Probing, Finished };

/// Runs the whole check: input, company lookup, authentication, then each permission, reading
/// the member's own security where ConnectWise allows it and probing without side effects where
/// it does not. Independent requests go out together; one deadline bounds the run.
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    explicit CheckRunner(HttpTransport &transport,
        CheckRunnerOptions options = CheckRunnerOptions::defaults(), QObject *parent = nullptr);
    ~CheckRunner() override;

    /// Starts a run; a run in flight is canceled first. finished() always follows (possibly
    /// with invalid_input) unless cancel() is called.
    void start(CheckRequest request);
    /// Stops the run in flight without emitting finished().
    void cancel();
    bool isRunning() const { return m_running; }
    CheckStage stage() const { return m_stage; }
    CheckReport report() const { return m_report; }
    const CheckRunnerOptions &options() const { return m_options; }

Q_SIGNALS:
    void stageChanged(CheckStage stage);
    void checkUpdated(const CheckResult &result);
    void finished(const CheckReport &report);

private:
    struct Call
    {
        HttpRequest request;
        std::function<void(const HttpResponse &)> handler;
    };
    struct Round
    {
        QList<Call> calls;
        int next = 0;
        int pending = 0;
        std::function<void()> done;
    };

    void setStage(CheckStage stage);
    void onCompanyInfo(const CompanyInfoResult &result);
    void startRound1();
    void onRound1Done();
    void startRound2();
    void onRound2Done();
    void runRound(QList<Call> calls, std::function<void()> done);
    void sendNext(const std::shared_ptr<Round> &round);
    HttpRequest apiRequest(const QByteArray &method, const QString &pathAndQuery) const;
    Call probeCall(const QString &checkId, const ProbeSpec &spec);
    void resolveFromSecurity(const QJsonArray &rows, const QString &path);
    void resolveBoardFromMember(
        const QJsonObject &member, const Evidence &evidence, CheckSource source);
    void resolveCompanyInquire(
        const QString &id, const HttpRequest &request, const HttpResponse &response);
    void boardNotReadable();
    void applyMember(const QJsonObject &member);
    void setResult(const QString &id, CheckStatus status, const QString &observed,
        CheckSource source, const QList<Evidence> &evidence,
        AnswerProblem problem = AnswerProblem::None);
    void failConnection(ConnectionStatus status, const QString &message, int httpStatus);
    void onDeadline();
    void finish();
    void wipeSecrets();
    bool isSelected(const CatalogEntry &entry) const;
    CheckResult *result(const QString &id);
    Evidence evidenceFor(
        const HttpRequest &request, const HttpResponse &response, const QString &note) const;
    QString remediationFor(const CheckResult &result) const;

    HttpTransport &m_transport;
    CheckRunnerOptions m_options;
    RetryingSender m_sender;
    CompanyLookup m_lookup;
    QTimer m_deadlineTimer;
    QDeadlineTimer m_deadline;
    QElapsedTimer m_clock;
    quint64 m_generation = 0;
    bool m_running = false;
    CheckStage m_stage = CheckStage::Idle;

    CheckRequest m_request;
    SiteAddress m_site;
    QUrl m_baseUrl;
    QByteArray m_authorization;
    CheckReport m_report;

    std::optional<HttpResponse> m_info;
    std::optional<HttpResponse> m_self;
    std::optional<HttpResponse> m_security;
    HttpRequest m_selfRequest;
    HttpRequest m_securityRequest;
    bool m_memberKnown = false;
    QJsonObject m_memberJson;
    QString m_boardLookupIdentifier;
    QList<Evidence> m_boardEvidence;
    bool m_boardNeedsMemberRead = false;
};

Q_DECLARE_METATYPE(CheckStage)
