// SPDX-License-Identifier: MIT
#pragma once

// What every fuzzer of CalfAtlas shares: a Qt application object, the input as a file for loaders that
// read a path, and a check that stops the run (as a crash libFuzzer records) when an invariant breaks.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace calfatlas::fuzz {

// Qt wants an application object for files, text codecs and resources; one lives for the whole run.
// Settings and data go to a private directory, so that no input ever touches the user's own files.
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static QTemporaryDir home;
    if (!home.isValid())
        std::abort();
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());
    static int argc = 1;
    static char name[] = "calfatlas-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return {reinterpret_cast<const char *>(data), qsizetype(size)};
}

// Writes the input to one private temporary file, rewritten for every input, and returns its path.
inline QString asFile(const uint8_t *data, size_t size)
{
    static QTemporaryFile file;
    if (!file.isOpen() && !file.open())
        std::abort();
    if (!file.resize(0) || !file.seek(0) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size) || !file.flush())
        std::abort();
    return file.fileName();
}

// An invariant that must hold for every input; a broken one is reported like a crash.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace calfatlas::fuzz
