// Where the reports of a run go: the main report (-f, -o) and the extra ones
// (--report FORMAT=FILE, FORMAT+=FILE).
#pragma once

#include <ostream>

#include "awesomelint/config/settings.h"
#include "awesomelint/report/report.h"

namespace awesomelint {

// Colours: never with NO_COLOR, else as --color says, else on a terminal.
bool UseColor(const Settings& options);

void WriteReport(std::ostream& out, OutputFormat format, bool color, const Settings& options,
                 const RunReport& report);

// --report FORMAT=FILE: a file is replaced atomically, or appended to (a job summary).
// Throws InputError when it cannot be written.
void WriteExtraReport(const ReportTarget& target, const Settings& options, const RunReport& report);

}  // namespace awesomelint
