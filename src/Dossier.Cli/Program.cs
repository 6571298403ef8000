using Dossier.Cli;

return await DossierCli.Root().Parse(args).InvokeAsync();
