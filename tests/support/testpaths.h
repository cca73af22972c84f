// SPDX-License-Identifier: MIT
#pragma once

#include "qtprinters.h"

#include <QString>

namespace calfatlas::test {

// A file under tests/data.
inline QString dataFile(const QString &name)
{
    return QStringLiteral(CALFATLAS_TEST_DATA_DIR "/") + name;
}

// A file of the project's own resources/ folder.
inline QString resourceFile(const QString &name)
{
    return QStringLiteral(CALFATLAS_SOURCE_DIR "/resources/") + name;
}

// A built executable of the project.
inline QString binary(const QString &name)
{
    return QStringLiteral(CALFATLAS_BIN_DIR "/") + name;
}

} // namespace calfatlas::test
