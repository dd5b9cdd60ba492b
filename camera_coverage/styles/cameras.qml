<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" simplifyMaxScale="1" symbologyReferenceScale="-1" minScale="100000000" simplifyDrawingHints="1" labelsEnabled="0" simplifyAlgorithm="0" simplifyDrawingTol="1" maxScale="0" simplifyLocal="1" readOnly="0" version="3.22.16-Białowieża" hasScaleBasedVisibilityFlag="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal startField="" endExpression="" accumulate="0" fixedDuration="0" enabled="0" startExpression="" limitMode="0" endField="" durationField="" durationUnit="min" mode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" symbollevels="0" type="RuleRenderer" enableorderby="0" referencescale="-1">
    <rules key="{82278fcf-8b31-40de-949c-3b9e1065aac9}">
      <rule symbol="0" label="Masking required" filter="&quot;masking_required&quot;" key="{6a8cba01-5cab-48d9-8118-7e9515578e20}"/>
      <rule symbol="1" label="No masking required" filter="ELSE" key="{ed970d1c-6cee-427d-bd95-f16251cd04f8}"/>
    </rules>
    <symbols>
      <symbol type="marker" alpha="1" clip_to_extent="1" force_rhr="0" name="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" locked="0" class="GeometryGenerator">
          <Option type="Map">
            <Option type="QString" value="Fill" name="SymbolType"/>
            <Option type="QString" value="wedge_buffer($geometry, coalesce(&quot;direction&quot;, 0) + degrees(azimuth($geometry, transform(translate(transform($geometry, @layer_crs, 'EPSG:4326'), 0, 0.001), 'EPSG:4326', @layer_crs))), if(&quot;direction&quot; IS NULL, 359.9, coalesce(&quot;fov&quot;, 60)), coalesce(@map_scale, 2000) * 0.0045)" name="geometryModifier"/>
            <Option type="QString" value="MapUnit" name="units"/>
          </Option>
          <prop v="Fill" k="SymbolType"/>
          <prop v="wedge_buffer($geometry, coalesce(&quot;direction&quot;, 0) + degrees(azimuth($geometry, transform(translate(transform($geometry, @layer_crs, 'EPSG:4326'), 0, 0.001), 'EPSG:4326', @layer_crs))), if(&quot;direction&quot; IS NULL, 359.9, coalesce(&quot;fov&quot;, 60)), coalesce(@map_scale, 2000) * 0.0045)" k="geometryModifier"/>
          <prop v="MapUnit" k="units"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <symbol type="fill" alpha="0.45" clip_to_extent="1" force_rhr="0" name="@0@0">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" enabled="1" locked="0" class="SimpleFill">
              <Option type="Map">
                <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
                <Option type="QString" value="197,27,27,255" name="color"/>
                <Option type="QString" value="bevel" name="joinstyle"/>
                <Option type="QString" value="0,0" name="offset"/>
                <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
                <Option type="QString" value="MM" name="offset_unit"/>
                <Option type="QString" value="197,27,27,255" name="outline_color"/>
                <Option type="QString" value="solid" name="outline_style"/>
                <Option type="QString" value="0.3" name="outline_width"/>
                <Option type="QString" value="MM" name="outline_width_unit"/>
                <Option type="QString" value="solid" name="style"/>
              </Option>
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
              <prop v="197,27,27,255" k="color"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="197,27,27,255" k="outline_color"/>
              <prop v="solid" k="outline_style"/>
              <prop v="0.3" k="outline_width"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="solid" k="style"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" value="" name="name"/>
                  <Option name="properties"/>
                  <Option type="QString" value="collection" name="type"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
        <layer pass="0" enabled="1" locked="0" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="197,27,27,255" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="circle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="2.6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="197,27,27,255" k="color"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="circle" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="2.6" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" alpha="1" clip_to_extent="1" force_rhr="0" name="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer pass="0" enabled="1" locked="0" class="GeometryGenerator">
          <Option type="Map">
            <Option type="QString" value="Fill" name="SymbolType"/>
            <Option type="QString" value="wedge_buffer($geometry, coalesce(&quot;direction&quot;, 0) + degrees(azimuth($geometry, transform(translate(transform($geometry, @layer_crs, 'EPSG:4326'), 0, 0.001), 'EPSG:4326', @layer_crs))), if(&quot;direction&quot; IS NULL, 359.9, coalesce(&quot;fov&quot;, 60)), coalesce(@map_scale, 2000) * 0.0045)" name="geometryModifier"/>
            <Option type="QString" value="MapUnit" name="units"/>
          </Option>
          <prop v="Fill" k="SymbolType"/>
          <prop v="wedge_buffer($geometry, coalesce(&quot;direction&quot;, 0) + degrees(azimuth($geometry, transform(translate(transform($geometry, @layer_crs, 'EPSG:4326'), 0, 0.001), 'EPSG:4326', @layer_crs))), if(&quot;direction&quot; IS NULL, 359.9, coalesce(&quot;fov&quot;, 60)), coalesce(@map_scale, 2000) * 0.0045)" k="geometryModifier"/>
          <prop v="MapUnit" k="units"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
          <symbol type="fill" alpha="0.45" clip_to_extent="1" force_rhr="0" name="@1@0">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" value="" name="name"/>
                <Option name="properties"/>
                <Option type="QString" value="collection" name="type"/>
              </Option>
            </data_defined_properties>
            <layer pass="0" enabled="1" locked="0" class="SimpleFill">
              <Option type="Map">
                <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
                <Option type="QString" value="31,95,168,255" name="color"/>
                <Option type="QString" value="bevel" name="joinstyle"/>
                <Option type="QString" value="0,0" name="offset"/>
                <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
                <Option type="QString" value="MM" name="offset_unit"/>
                <Option type="QString" value="31,95,168,255" name="outline_color"/>
                <Option type="QString" value="solid" name="outline_style"/>
                <Option type="QString" value="0.3" name="outline_width"/>
                <Option type="QString" value="MM" name="outline_width_unit"/>
                <Option type="QString" value="solid" name="style"/>
              </Option>
              <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
              <prop v="31,95,168,255" k="color"/>
              <prop v="bevel" k="joinstyle"/>
              <prop v="0,0" k="offset"/>
              <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
              <prop v="MM" k="offset_unit"/>
              <prop v="31,95,168,255" k="outline_color"/>
              <prop v="solid" k="outline_style"/>
              <prop v="0.3" k="outline_width"/>
              <prop v="MM" k="outline_width_unit"/>
              <prop v="solid" k="style"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" value="" name="name"/>
                  <Option name="properties"/>
                  <Option type="QString" value="collection" name="type"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
        <layer pass="0" enabled="1" locked="0" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" value="0" name="angle"/>
            <Option type="QString" value="square" name="cap_style"/>
            <Option type="QString" value="31,95,168,255" name="color"/>
            <Option type="QString" value="1" name="horizontal_anchor_point"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="circle" name="name"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="255,255,255,255" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0" name="outline_width"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="diameter" name="scale_method"/>
            <Option type="QString" value="2.6" name="size"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="size_map_unit_scale"/>
            <Option type="QString" value="MM" name="size_unit"/>
            <Option type="QString" value="1" name="vertical_anchor_point"/>
          </Option>
          <prop v="0" k="angle"/>
          <prop v="square" k="cap_style"/>
          <prop v="31,95,168,255" k="color"/>
          <prop v="1" k="horizontal_anchor_point"/>
          <prop v="bevel" k="joinstyle"/>
          <prop v="circle" k="name"/>
          <prop v="0,0" k="offset"/>
          <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
          <prop v="MM" k="offset_unit"/>
          <prop v="255,255,255,255" k="outline_color"/>
          <prop v="solid" k="outline_style"/>
          <prop v="0" k="outline_width"/>
          <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
          <prop v="MM" k="outline_width_unit"/>
          <prop v="diameter" k="scale_method"/>
          <prop v="2.6" k="size"/>
          <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
          <prop v="MM" k="size_unit"/>
          <prop v="1" k="vertical_anchor_point"/>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="covered_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="public_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="unknown_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_pct">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_ident_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_recog_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_observ_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_detect_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="private_operator_public_m2">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="dwelling_facade_m">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="AllowNull"/>
            <Option type="int" value="1" name="Precision"/>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="covered_m2" name=""/>
    <alias index="1" field="public_m2" name=""/>
    <alias index="2" field="private_m2" name=""/>
    <alias index="3" field="unknown_m2" name=""/>
    <alias index="4" field="private_pct" name=""/>
    <alias index="5" field="private_ident_m2" name=""/>
    <alias index="6" field="private_recog_m2" name=""/>
    <alias index="7" field="private_observ_m2" name=""/>
    <alias index="8" field="private_detect_m2" name=""/>
    <alias index="9" field="private_operator_public_m2" name=""/>
    <alias index="10" field="dwelling_facade_m" name=""/>
  </aliases>
  <defaults>
    <default expression="" field="covered_m2" applyOnUpdate="0"/>
    <default expression="" field="public_m2" applyOnUpdate="0"/>
    <default expression="" field="private_m2" applyOnUpdate="0"/>
    <default expression="" field="unknown_m2" applyOnUpdate="0"/>
    <default expression="" field="private_pct" applyOnUpdate="0"/>
    <default expression="" field="private_ident_m2" applyOnUpdate="0"/>
    <default expression="" field="private_recog_m2" applyOnUpdate="0"/>
    <default expression="" field="private_observ_m2" applyOnUpdate="0"/>
    <default expression="" field="private_detect_m2" applyOnUpdate="0"/>
    <default expression="" field="private_operator_public_m2" applyOnUpdate="0"/>
    <default expression="" field="dwelling_facade_m" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" constraints="0" field="covered_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="public_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="unknown_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_pct" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_ident_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_recog_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_observ_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_detect_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="private_operator_public_m2" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="dwelling_facade_m" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="covered_m2" exp="" desc=""/>
    <constraint field="public_m2" exp="" desc=""/>
    <constraint field="private_m2" exp="" desc=""/>
    <constraint field="unknown_m2" exp="" desc=""/>
    <constraint field="private_pct" exp="" desc=""/>
    <constraint field="private_ident_m2" exp="" desc=""/>
    <constraint field="private_recog_m2" exp="" desc=""/>
    <constraint field="private_observ_m2" exp="" desc=""/>
    <constraint field="private_detect_m2" exp="" desc=""/>
    <constraint field="private_operator_public_m2" exp="" desc=""/>
    <constraint field="dwelling_facade_m" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" actionWidgetStyle="dropDown" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
