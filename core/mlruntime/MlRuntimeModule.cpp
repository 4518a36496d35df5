// The ML engine module: implements MlRuntime over flywheel_ml (which links libtorch).
#include "mlruntime/MlRuntime.h"

#include "ml/ExceptionBarrier.h"
#include "ml/LanguageModel.h"

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

class TorchRuntime final : public fw::ml::MlRuntime
{
public:
    fw::ml::DeviceInfo deviceInfo() const override { return fw::ml::deviceInfo(); }
    QString deviceSummary() const override { return fw::ml::deviceInfo().summary(); }
    void setThreadCount(int threads) override { fw::ml::setThreadCount(threads); }

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

    fw::Result<fw::ml::TrainingSummary> train(const fw::ml::TrainingRequest& request,
                                              const fw::ml::ProgressCallback& onProgress,
                                              fw::ml::TrainingControl* control) const override
    {
        return guarded([&] { return fw::ml::runTraining(request, onProgress, control); });
    }
};

} // namespace

extern "C" __attribute__((visibility("default"))) fw::ml::MlRuntime* flywheel_ml_runtime()
{
    static TorchRuntime runtime; // lives as long as the module, which is never unloaded
    return &runtime;
}
