# mock-ndes and scep-harness in one image. The build stage runs the build command of docs/deployment.md;
# the runtime image starts its run command. Build: docker build -t mock-ndes .

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B package -Dmaven.test.skip=true

FROM eclipse-temurin:17-jre
WORKDIR /opt/mock-ndes
COPY --from=build /src/server/target/mock-ndes.jar /src/client-harness/target/scep-harness.jar ./
# /data: the data folder and logs; /scenarios: custom scenario files, mounted by docker-compose.yml.
RUN useradd --system --uid 10001 --no-create-home mockndes && mkdir -p /data /scenarios && chown mockndes /data
USER mockndes
VOLUME ["/data"]
ENV MOCK_NDES_LOG_DIR=/data/logs
# The admin API is published too, so it asks for a token: docker run -e MOCK_NDES_ADMIN_TOKEN=… (or set
# MOCK_NDES_ADMIN_BIND=127.0.0.1 to keep it inside the container); without either, serve refuses to start.
ENV MOCK_NDES_ADMIN_BIND=0.0.0.0
EXPOSE 8080 8081
# The JRE image has neither curl nor wget: the jar checks the admin API's GET /health itself.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["java", "-jar", "/opt/mock-ndes/mock-ndes.jar", "health", "--admin", "http://127.0.0.1:8081"]
ENTRYPOINT ["java", "-jar", "/opt/mock-ndes/mock-ndes.jar"]
CMD ["serve", "--bind", "0.0.0.0"]
