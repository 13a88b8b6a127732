// file_read.h — reading one input file (or standard input) exactly once, with a size cap.
//
// Purpose: every command that takes a file name (scenario files, backtest cases) reads it through
// read_capped(), so a named pipe, a device such as /dev/zero, a directory or a huge file gets a
// clear message instead of a hang, unbounded memory or a misleading "read error".
//
// Conventions: the name "-" means standard input (read to its end, at most max_bytes + 1 bytes).
// Any other name must be a regular file: it is opened without blocking (a FIFO with no writer
// cannot hang the open), checked with fstat on the SAME descriptor, refused when it is a
// directory, pipe, device or socket, refused before reading when its size exceeds the cap, and
// otherwise read once. Nothing here throws except std::bad_alloc.
#pragma once

#include <cstddef>
#include <string>

namespace armistice::persist {

enum class ReadStatus {
    Ok,
    NotFound,    // no such file (callers may then try the name as a link or a preset id)
    NotRegular,  // a directory, named pipe, device or socket
    TooLarge,    // more than max_bytes
    Failed,      // permission denied or an I/O error
};

struct FileRead {
    ReadStatus status = ReadStatus::Failed;
    std::string text;     // the whole content when status == Ok
    std::string message;  // plain words when status != Ok, e.g. "is a directory, not a file"
};

// The name "-" for standard input.
inline constexpr const char* kStdinName = "-";

// Reads `path` (or standard input for "-"); refuses anything over `max_bytes` bytes with a
// message naming the limit.
FileRead read_capped(const std::string& path, std::size_t max_bytes);

}  // namespace armistice::persist
