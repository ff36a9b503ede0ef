// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"
#include "httptransport.h"

struct ConnectWiseAssumptions;
struct ProbeSpec;

struct Interpretation
{
    CheckStatus status = CheckStatus::Unknown;
    QString observed; ///< short, for the report's observed field
    QString note; ///< longer, for the evidence
    bool sideEffect = false; ///< a write probe was accepted or redirected
    AnswerProblem answerProblem = AnswerProblem::None;
};

/// Reads one probe answer. Only a status listed as denied means missing and only a listed
/// granted status (with a JSON or empty body) means granted; anything else is unknown with the
/// reason. A 2xx/3xx on a write is flagged as a possible side effect.
Interpretation interpretProbe(
    const ProbeSpec &spec, const HttpResponse &response, const ConnectWiseAssumptions &assumptions);

/// Reads one level string from mySecurity ("All", "My", "Mine", "None", anything else).
Interpretation interpretLevel(const QString &level, const ConnectWiseAssumptions &assumptions);
