// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for start-up and footprint: a bare QCoreApplication that prints one line and exits,
// built with the same flags as phin-cw-check.
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("hello %s\n", qVersion());
    return 0;
}
