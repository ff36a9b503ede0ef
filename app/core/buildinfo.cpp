// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"

#include "phinconfig.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BuildInfo)
};

} // namespace

namespace BuildInfo {

QString version()
{
    return QStringLiteral(PHIN_VERSION);
}

QString commit()
{
    return QStringLiteral(PHIN_GIT_COMMIT);
}

QString qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString qtBuildVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString qtKeychainVersion()
{
    return QStringLiteral(PHIN_QTKEYCHAIN_VERSION);
}

QString versionText(const QString &program)
{
    //: %1 program name, %2 version number, %3 git commit id
    QString text = Text::tr("%1 %2 (commit %3)").arg(program, version(), commit());
    text += QLatin1Char('\n');
    //: %1 Qt version in use, %2 Qt version the program was built with
    text += Text::tr("Qt %1 (built with %2)").arg(qtRuntimeVersion(), qtBuildVersion());
    text += QLatin1Char('\n');
    //: %1 QtKeychain version; it cannot be asked at run time, so it is the build-time one
    text += Text::tr("QtKeychain %1 (build time)").arg(qtKeychainVersion());
    text += QLatin1Char('\n');
    return text;
}

} // namespace BuildInfo
