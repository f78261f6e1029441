# Multi-stage build of the web host (for hosts with a Docker engine).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props CreditPlatform.sln ./
COPY src/ src/
RUN dotnet publish src/CreditPlatform.Web -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "CreditPlatform.Web.dll"]
