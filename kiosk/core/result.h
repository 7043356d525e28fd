#pragma once

#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace kiosk {

// An expected failure that a person can act on: what is wrong and, when it is in a file,
// where (line and column are 1-based; 0 means "the whole file" or "no line").
struct Error {
    std::string message;
    std::string file;
    int line = 0;
    int column = 0;

    Error() = default;
    Error(std::string what) : message(std::move(what)) {}  // implicit: an error is often just its message
    Error(std::string in, std::string what, int at_line = 0, int at_column = 0)
        : message(std::move(what)), file(std::move(in)), line(at_line), column(at_column) {}

    // "file:line:col: message", "file: message" or the message alone.
    std::string to_string() const {
        if (file.empty()) return message;
        std::string where = file;
        if (line > 0) where += ":" + std::to_string(line);
        if (line > 0 && column > 0) where += ":" + std::to_string(column);
        return where + ": " + message;
    }
};

// The failure side of a Result, told apart from a value of the same type.
template <typename E>
struct Failure {
    E error;
};

template <typename E>
Failure<std::decay_t<E>> failure(E&& error) {
    return {std::forward<E>(error)};
}

inline Failure<Error> failure(std::string message) { return {Error(std::move(message))}; }
inline Failure<Error> failure(const char* message) { return {Error(message)}; }

// A value or the reason there is none: the one way this code reports an expected failure
// (C++23's std::expected, which g++ 12 does not have). A broken invariant still throws.
template <typename T, typename E = Error>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    template <typename F>
    Result(Failure<F> failed) : state_(std::in_place_index<1>, std::move(failed.error)) {}

    bool has_value() const { return state_.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const E& error() const { return std::get<1>(state_); }
    E& error() { return std::get<1>(state_); }

    template <typename U>
    T value_or(U&& fallback) const& {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, E> state_;
};

// Success without a value, or the reason for the failure.
template <typename E>
class [[nodiscard]] Result<void, E> {
public:
    Result() = default;
    template <typename F>
    Result(Failure<F> failed) : error_(std::move(failed.error)), failed_(true) {}

    bool has_value() const { return !failed_; }
    explicit operator bool() const { return has_value(); }
    const E& error() const { return error_; }

private:
    E error_{};
    bool failed_ = false;
};

using Status = Result<void>;

}  // namespace kiosk
