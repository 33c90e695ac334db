// Where the reports of a run go: the main report (-f, -o) and the extra ones
// (--report FORMAT=FILE, FORMAT+=FILE).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "awesomelint/config/settings.h"
#include "awesomelint/report/report.h"

namespace awesomelint {

// Colours: never with NO_COLOR, else as --color says, else on a terminal.
bool UseColor(const Settings& options);

void WriteReport(std::ostream& out, OutputFormat format, bool color, const Settings& options,
                 const RunReport& report);

// Whether -o FILE can be written, asked before any work; throws InputError if not.
void CheckOutputWritable(const std::string& path);

// The main report: on standard output (`path` empty or "-"), or in `path`,
// replaced atomically (a device, a FIFO or a symlink — /dev/stdout — is written
// through, never replaced). Throws InputError
// with the path and the reason when it cannot be written: a full disk, a
// closed pipe, /dev/full.
void WriteOutput(const std::string& path, std::string_view text);
// The path that makes WriteOutput write to standard error (no file can have its name):
// the report's place when --fix on standard input writes the fixed text to stdout.
inline const std::string kStandardError = "\x01stderr";

// --report FORMAT=FILE: a file is replaced atomically, or appended to (a job summary).
// Throws InputError when it cannot be written.
void WriteExtraReport(const ReportTarget& target, const Settings& options, const RunReport& report);

}  // namespace awesomelint
