#pragma once

#include <map>
#include <string>
#include <utility>
#include <variant>

namespace auditor {

/**
 * A failure the caller can word for a person and act on.
 *
 * `code` is stable and names a sentence in checks/messages (as "error.<code>");
 * `params` fill that sentence. `detail` carries the technical cause (an OS or library message).
 */
struct Error
{
    std::string code;
    std::map<std::string, std::string> params;
    std::string detail;

    Error() = default;
    Error(std::string c, std::map<std::string, std::string> p = {}, std::string d = {})
        : code(std::move(c))
        , params(std::move(p))
        , detail(std::move(d))
    { }
};

/** A value or an Error: returned instead of out-parameters or exceptions across the core's API. */
template <typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const
    {
        return std::holds_alternative<T>(m_data);
    }
    explicit operator bool() const
    {
        return ok();
    }
    T& value()
    {
        return std::get<T>(m_data);
    }
    const T& value() const
    {
        return std::get<T>(m_data);
    }
    T& operator*()
    {
        return value();
    }
    const T& operator*() const
    {
        return value();
    }
    T* operator->()
    {
        return &value();
    }
    const T* operator->() const
    {
        return &value();
    }
    const Error& error() const
    {
        return std::get<Error>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

/** For operations that return nothing on success. */
struct Ok
{ };
using Status = Result<Ok>;

} // namespace auditor
