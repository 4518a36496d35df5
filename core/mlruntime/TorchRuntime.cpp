// MlRuntime over flywheel_ml (which links libtorch): every entry point an exception barrier.
#include "mlruntime/TorchRuntime.h"

#include "ml/ExceptionBarrier.h"
#include "ml/LanguageModel.h"
#include "ml/ServingEngineImpl.h"

namespace {

using fw::ml::guarded; // every entry point below: an exception inside torch becomes an Error

class TorchModel final : public fw::ml::LoadedModel
{
public:
    explicit TorchModel(fw::ml::LanguageModel model) : m_model(std::move(model)) {}

    const fw::ml::ModelConfig& config() const override { return m_model.config(); }
    int64_t parameterCount() const override { return m_model.parameterCount(); }
    fw::ml::ChatTemplate::Format chatFormat() const override { return m_model.chatTemplate().format(); }
    fw::Result<std::vector<int>> tokenize(const QString& text) const override
    {
        return guarded([&]() -> fw::Result<std::vector<int>> { return m_model.tokenize(text); });
    }
    fw::ml::GenerationResult generate(const QString& prompt, bool chat, const fw::ml::GenerationOptions& options,
                                      const fw::ml::StreamCallback& onText,
                                      const std::atomic_bool* cancel) const override
    {
        return guarded([&] { return m_model.generate(prompt, chat, options, onText, cancel); },
                       fw::ml::GenerationResult::failed);
    }
    fw::ml::GenerationResult generateChat(const std::vector<fw::ml::ChatMessage>& conversation,
                                          const fw::ml::GenerationOptions& options,
                                          const fw::ml::StreamCallback& onText,
                                          const std::atomic_bool* cancel) const override
    {
        return guarded([&] { return m_model.generateChat(conversation, options, onText, cancel); },
                       fw::ml::GenerationResult::failed);
    }
    fw::Result<double> reward(const QString& prompt, const QString& response) const override
    {
        return guarded([&] { return m_model.reward(prompt, response); });
    }
    fw::Status loadAdapter(const fw::ModelFiles& files) override
    {
        return guarded([&] { return m_model.loadAdapter(files); });
    }
    fw::Status mergeAdapter() override
    {
        return guarded([&] { return m_model.mergeAdapter(), fw::Status::success(); });
    }
    fw::Result<fw::ModelFiles> save() const override
    {
        return guarded([&] { return m_model.save(); });
    }

private:
    fw::ml::LanguageModel m_model;
};

class TorchServingEngine final : public fw::ml::ServingEngine
{
public:
    explicit TorchServingEngine(std::unique_ptr<fw::ml::ServingEngineImpl> engine)
        : m_engine(std::move(engine))
    {
    }

    const fw::ml::ModelConfig& config() const override { return m_engine->config(); }
    fw::ml::ChatTemplate::Format chatFormat() const override { return m_engine->chatFormat(); }
    fw::Result<std::vector<int>> tokenize(const QString& text) const override
    {
        return guarded([&] { return m_engine->tokenize(text); });
    }
    fw::Result<std::vector<int>>
    chatPromptIds(const std::vector<fw::ml::ChatMessage>& conversation) const override
    {
        return guarded([&] { return m_engine->chatPromptIds(conversation); });
    }
    QString endOfTurn() const override
    {
        return guarded([&] { return m_engine->endOfTurn(); },
                       [](const fw::Error&) { return QString(); });
    }
    fw::Status addAdapter(const QString& name, const fw::ModelFiles& files) override
    {
        return guarded([&] { return m_engine->addAdapter(name, files); });
    }
    bool removeAdapter(const QString& name) override
    {
        return guarded([&] { return m_engine->removeAdapter(name); },
                       [](const fw::Error&) { return false; });
    }
    QStringList adapters() const override
    {
        return guarded([&] { return m_engine->adapters(); },
                       [](const fw::Error&) { return QStringList(); });
    }
    bool adapterInUse(const QString& name) const override
    {
        // When in doubt, in use: the node must not drop an adapter a sequence may still read.
        return guarded([&] { return m_engine->adapterInUse(name); },
                       [](const fw::Error&) { return true; });
    }
    fw::Result<fw::ml::SequenceId> start(const fw::ml::SequenceRequest& request) override
    {
        return guarded([&] { return m_engine->start(request); });
    }
    void cancel(fw::ml::SequenceId id) override
    {
        guarded([&] { m_engine->cancel(id); }, [](const fw::Error&) {});
    }
    std::vector<fw::ml::SequenceEvent> step() override
    {
        // A step that fails inside torch ends every running sequence with the error, so each
        // request gets an answer and the engine stays usable for the next ones.
        return guarded([&] { return m_engine->step(); },
                       [&](const fw::Error& e) { return m_engine->failAll(e); });
    }
    int running() const override { return m_engine->running(); }
    fw::Status setInt8Weights(bool on) override
    {
        return guarded([&] { return m_engine->setInt8Weights(on); });
    }

private:
    std::unique_ptr<fw::ml::ServingEngineImpl> m_engine;
};

class TorchRuntime final : public fw::ml::MlRuntime
{
public:
    fw::ml::DeviceInfo deviceInfo() const override { return fw::ml::deviceInfo(); }
    QString deviceSummary() const override { return fw::ml::deviceInfo().summary(); }
    void setThreadLayout(fw::ml::Workload workload, int cores) override
    {
        fw::ml::applyThreadLayout(workload, cores);
    }

    fw::Result<std::unique_ptr<fw::ml::LoadedModel>> loadModel(const fw::ModelFiles& files,
                                                               bool allowCuda) const override
    {
        return guarded([&]() -> fw::Result<std::unique_ptr<fw::ml::LoadedModel>> {
            fw::Result<fw::ml::LanguageModel> model = fw::ml::LanguageModel::load(files, allowCuda);
            if (!model)
                return model.error();
            return std::unique_ptr<fw::ml::LoadedModel>(new TorchModel(std::move(model).value()));
        });
    }

    fw::Result<std::unique_ptr<fw::ml::ServingEngine>>
    loadServingEngine(const fw::ModelFiles& base, bool allowCuda) const override
    {
        return guarded([&]() -> fw::Result<std::unique_ptr<fw::ml::ServingEngine>> {
            auto engine = fw::ml::ServingEngineImpl::load(base, allowCuda);
            if (!engine)
                return engine.error();
            return std::unique_ptr<fw::ml::ServingEngine>(
                new TorchServingEngine(std::move(*engine)));
        });
    }

    fw::Result<fw::ml::TrainingSummary> train(const fw::ml::TrainingRequest& request,
                                              const fw::ml::ProgressCallback& onProgress,
                                              fw::ml::TrainingControl* control) const override
    {
        return guarded([&] { return fw::ml::runTraining(request, onProgress, control); });
    }

    fw::Result<std::unique_ptr<fw::ml::GradientSketcher>>
    gradientSketcher(const fw::ModelFiles& base,
                     const std::vector<fw::ml::AdapterCheckpoint>& checkpoints,
                     const fw::ml::SketchSettings& settings) const override
    {
        return guarded([&] { return fw::ml::makeGradientSketcher(base, checkpoints, settings); });
    }
};

} // namespace

fw::ml::MlRuntime* fw::ml::torchRuntime()
{
    static TorchRuntime runtime; // lives until the process (or the module holding it) ends
    return &runtime;
}
