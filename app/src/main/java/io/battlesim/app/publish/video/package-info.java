@org.jspecify.annotations.NullMarked
package io.battlesim.app.publish.video;
