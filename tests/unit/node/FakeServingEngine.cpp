// The fake engine's rules, kept trivially predictable.
#include "FakeServingEngine.h"

#include <thread>

namespace fw::test {

FakeServingEngine::FakeServingEngine(std::shared_ptr<Shared> shared) : m_shared(std::move(shared))
{
    m_config.maxSeqLen = 64;
    m_config.vocabSize = 256;
}

Result<std::vector<int>> FakeServingEngine::tokenize(const QString& text) const
{
    std::vector<int> ids;
    for (const QChar c : text)
        ids.push_back(c.unicode() % 256);
    return ids;
}

Result<std::vector<int>>
FakeServingEngine::chatPromptIds(const std::vector<ml::ChatMessage>& conversation) const
{
    QString text;
    for (const ml::ChatMessage& m : conversation)
        text += m.content;
    return tokenize(text);
}

Status FakeServingEngine::addAdapter(const QString& name, const ModelFiles& files)
{
    if (!files.contains(QStringLiteral("adapter_config.json")))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no adapter_config.json"));
    m_adapters.insert(name);
    ++m_shared->adapterLoads;
    return Status::success();
}

bool FakeServingEngine::removeAdapter(const QString& name)
{
    if (adapterInUse(name))
        return false;
    return m_adapters.erase(name) > 0;
}

QStringList FakeServingEngine::adapters() const
{
    return QStringList(m_adapters.begin(), m_adapters.end());
}

bool FakeServingEngine::adapterInUse(const QString& name) const
{
    for (const auto& [id, s] : m_sequences)
        if (s.request.adapter == name)
            return true;
    return false;
}

Result<ml::SequenceId> FakeServingEngine::start(const ml::SequenceRequest& request)
{
    if (!request.adapter.isEmpty() && !m_adapters.count(request.adapter))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("unknown adapter %1").arg(request.adapter));
    if (int(request.promptIds.size()) + request.options.maxNewTokens > m_config.maxSeqLen)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the prompt and max tokens exceed the context"));
    Sequence s;
    s.request = request;
    s.result.promptTokens = int(request.promptIds.size());
    m_sequences.emplace(m_nextId, std::move(s));
    return m_nextId++;
}

void FakeServingEngine::cancel(ml::SequenceId id)
{
    if (const auto it = m_sequences.find(id); it != m_sequences.end())
        it->second.cancelled = true;
}

std::vector<ml::SequenceEvent> FakeServingEngine::step()
{
    while (m_shared->hold.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    ++m_shared->steps;
    m_shared->maxRunning.store(std::max(m_shared->maxRunning.load(), int(m_sequences.size())));
    std::vector<ml::SequenceEvent> events;
    for (auto it = m_sequences.begin(); it != m_sequences.end();) {
        Sequence& s = it->second;
        ml::SequenceEvent e;
        e.id = it->first;
        if (s.cancelled) {
            s.result.finishReason = ml::FinishReason::Cancelled;
        } else {
            const QChar letter =
                s.request.adapter.isEmpty() ? QLatin1Char('b') : s.request.adapter.at(0);
            s.result.tokenIds.push_back(letter.unicode());
            // A prompt starting with '~' (126) gets tokens without text, as a model's ids that
            // decode to nothing or to half a character do.
            const bool silent = !s.request.promptIds.empty() && s.request.promptIds[0] == '~';
            if (!silent) {
                s.result.text += letter;
                e.delta = QString(letter);
            }
            e.firstToken = s.result.tokenIds.size() == 1;
            s.result.finishReason = ml::FinishReason::Length;
        }
        e.finished = s.cancelled || int(s.result.tokenIds.size()) >= s.request.options.maxNewTokens;
        if (e.finished) {
            e.result = s.result;
            it = m_sequences.erase(it);
        } else {
            ++it;
        }
        events.push_back(std::move(e));
    }
    return events;
}

} // namespace fw::test
