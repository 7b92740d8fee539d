// One Azurite for the whole test assembly; each AzureBlobBackend makes a container of its own in it.
[assembly: AssemblyFixture(typeof(AzuriteEmulator))]
