// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// What was built and with what: shown by `--version` and the About box, so a support
/// ticket can name the exact build.
namespace BuildInfo {

/// The product version, e.g. "0.1.0".
QString version();
/// The commit the build was configured from (12 hex digits), or "unknown" outside git.
QString commit();
/// Qt this process runs against (may differ from the build-time version on Linux).
QString qtRuntimeVersion();
/// Qt the program was compiled against.
QString qtBuildVersion();
/// QtKeychain the program was compiled against. QtKeychain 0.13 has no runtime version
/// function, so this is the build-time version.
QString qtKeychainVersion();

/// Multi-line text for `program --version`: program, version and commit on the first line,
/// then the Qt and QtKeychain versions. Ends with a newline.
QString versionText(const QString &program);

} // namespace BuildInfo
