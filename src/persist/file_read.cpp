// file_read.cpp — see file_read.h. POSIX open/fstat/read: the only way to refuse a FIFO without
// blocking in open() and to check the type of the very file that is then read.
#include "persist/file_read.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace armistice::persist {

namespace {

FileRead fail(ReadStatus status, std::string message) {
    FileRead r;
    r.status = status;
    r.message = std::move(message);
    return r;
}

std::string too_large(std::size_t max_bytes) {
    return "is larger than the limit of " + std::to_string(max_bytes) + " bytes";
}

// Reads fd to its end, at most max_bytes + 1 bytes (one more tells "too large").
FileRead read_all(int fd, std::size_t max_bytes) {
    FileRead r;
    std::string text;
    char chunk[16384];
    while (text.size() <= max_bytes) {
        const std::size_t want = std::min(sizeof chunk, max_bytes + 1 - text.size());
        const ssize_t got = ::read(fd, chunk, want);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0)
            return fail(ReadStatus::Failed, std::string("read error: ") + std::strerror(errno));
        if (got == 0) break;
        text.append(chunk, static_cast<std::size_t>(got));
    }
    if (text.size() > max_bytes) return fail(ReadStatus::TooLarge, too_large(max_bytes));
    r.status = ReadStatus::Ok;
    r.text = std::move(text);
    return r;
}

const char* kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "is a directory, not a file";
    if (S_ISFIFO(mode)) {
        return "is a named pipe, not a regular file; to read from a pipe, give '-' and send the "
               "pipe to standard input (e.g. '- < PIPE')";
    }
    if (S_ISSOCK(mode)) return "is a socket, not a regular file";
    return "is a device, not a regular file";
}

}  // namespace

FileRead read_capped(const std::string& path, std::size_t max_bytes) {
    if (path == kStdinName) return read_all(STDIN_FILENO, max_bytes);
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        if (e == ENOENT || e == ENOTDIR || e == ENAMETOOLONG) {
            return fail(ReadStatus::NotFound, "cannot open the file: no such file");
        }
        return fail(ReadStatus::Failed, std::string("cannot open the file: ") + std::strerror(e));
    }
    struct stat st {};
    FileRead r;
    if (::fstat(fd, &st) != 0) {
        r = fail(ReadStatus::Failed, std::string("cannot open the file: ") + std::strerror(errno));
    } else if (!S_ISREG(st.st_mode)) {
        r = fail(ReadStatus::NotRegular, kind_of(st.st_mode));
    } else if (static_cast<unsigned long long>(st.st_size) > max_bytes) {
        r = fail(ReadStatus::TooLarge, too_large(max_bytes));
    } else {
        const int flags = ::fcntl(fd, F_GETFL);
        if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
        r = read_all(fd, max_bytes);  // still capped: the file may grow after fstat
    }
    ::close(fd);
    return r;
}

}  // namespace armistice::persist
